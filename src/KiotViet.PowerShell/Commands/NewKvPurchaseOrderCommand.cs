using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Commands.Infrastructure;
using KiotViet.Json;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Creates purchases (nhập hàng, POST /purchaseorders): goods bought from a supplier into a branch, lines from the pipeline, a CSV or -Line.</para>
/// </summary>
[Cmdlet(VerbsCommon.New, "KvPurchaseOrder", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(PurchaseOrder))]
public sealed class NewKvPurchaseOrderCommand : KvStockDocumentCreateCmdlet<NewKvPurchaseOrderCommand.Header, PurchaseOrder>
{
    /// <summary>The branch the goods enter: its id, name or code.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [Alias("BranchId", "BranchName")]
    [ArgumentCompleter(typeof(BranchCompleter))]
    [ValidateShopText(TextLimits.Line)]
    [AllowEmptyString]
    [ValidateGiven]
    public string? Branch { get; set; }

    /// <summary>The supplier: its id, code or name (Get-KvSupplier).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("SupplierCode", "SupplierName", "SupplierId")]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Line)]
    public string? Supplier { get; set; }

    /// <summary>Discount on this row's line.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ShopNumberTransformation]
    public decimal? Discount { get; set; }

    /// <summary>A note on this row's line.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Note)]
    public string? Note { get; set; }

    /// <summary>When the goods were bought; without it, now (KiotViet's clock). A date without a time is the shop's day.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ShopDateTransformation]
    public DateTime? PurchaseDate { get; set; }

    /// <summary>Keeps the purchase as a draft (Phiếu tạm): nothing enters stock until it is completed (Set-KvPurchaseOrder -Complete).</summary>
    [Parameter]
    public SwitchParameter Draft { get; set; }

    /// <summary>What is paid to the supplier now.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateAmount]
    [ShopNumberTransformation]
    public decimal? PaidAmount { get; set; }

    /// <summary>How -PaidAmount is paid.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("Method")]
    [EmptyAsNullTransformation]
    [PaymentMethodTransformation]
    [ArgumentCompleter(typeof(PaymentMethodCompleter))]
    public string? PaymentMethod { get; set; }

    /// <summary>The shop's bank account a card or transfer payment comes from (Get-KvBankAccount).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidatePositiveId]
    [IdTransformation]
    public long? AccountId { get; set; }

    private protected override string Noun => "purchase";

    private protected override string TypeNoun => "PurchaseOrder";

    private protected override bool PriceRequired => true;

    private protected override Header ReadHeader()
    {
        if (string.IsNullOrWhiteSpace(Branch))
        {
            throw new ArgumentException("Give the Branch (its id, name or code).");
        }

        if (AccountId is not null && (PaidAmount is not > 0 || PaymentMethod is null or "Cash"))
        {
            throw new ArgumentException("AccountId is the bank account of a card or transfer payment: give it with PaidAmount and PaymentMethod Card or Transfer.");
        }

        var branch = Await(ct => Parties.BranchAsync(Branch!, ct));
        var supplier = Supplier is null ? null : Await(ct => Parties.SupplierAsync(Supplier, ct));
        var date = PurchaseDate is { } given ? VietnamTime.FromCaller(given) : (DateTimeOffset?)null;
        return new Header(branch, supplier, Description, date, Draft, PaidAmount is > 0 ? PaidAmount : null, PaidAmount is > 0 ? PaymentMethod ?? "Cash" : null, AccountId);
    }

    private protected override string KeyOf(Header header) => string.Join(
        "\u001f",
        header.Branch.Id,
        header.Supplier?.Id,
        header.Description,
        header.PurchaseDate?.UtcTicks,
        header.Draft,
        header.PaidAmount?.ToString(CultureInfo.InvariantCulture),
        header.PaymentMethod,
        header.AccountId);

    private protected override StockLineInput? RowLine() => ColumnsLine(Discount, Note, null);

    private protected override string Describe(Header header) =>
        $"into branch {header.Branch.BranchName}"
        + (header.Supplier is { } s ? $" from supplier {s.Code} {s.Name}" : "")
        + (header.Draft ? " as a draft" : "")
        + (header.PaidAmount is { } paid ? $", paid {paid.ToString("#,0.##", CultureInfo.InvariantCulture)} {header.PaymentMethod}" : "");

    private protected override Task<PurchaseOrder> CreateAsync(Header header, IReadOnlyList<StockLineInput> lines, CancellationToken cancellationToken)
    {
        var draft = new PurchaseOrderDraft
        {
            // To the second: the lookup of a lost answer recognises the purchase by it.
            PurchaseDate = header.PurchaseDate ?? TruncatedToSecond(Shop.PurchaseOrders.ServerNow),
            BranchId = header.Branch.Id,
            Supplier = header.Supplier is { } s ? new PurchaseOrderSupplier { Code = s.Code, Name = s.Name } : null,
            Description = header.Description,
            IsDraft = header.Draft ? 1 : 0,
            PaidAmount = header.PaidAmount,
            PaymentMethod = header.PaymentMethod,
            AccountId = header.AccountId,
            PurchaseOrderDetails = lines.Select(l => new PurchaseOrderLine
            {
                ProductCode = l.ProductCode,
                Quantity = l.Quantity,
                Price = l.Price ?? 0,
                Discount = l.Discount,
                Description = l.Note,
            }).ToList(),
        };
        return Shop.PurchaseOrders.CreateAsync(draft, cancellationToken);
    }

    private static DateTimeOffset TruncatedToSecond(DateTimeOffset value) =>
        new DateTimeOffset(value.Ticks - (value.Ticks % TimeSpan.TicksPerSecond), value.Offset).ToOffset(VietnamTime.Offset);

    /// <summary>The fields of one purchase, as its rows give them.</summary>
    public sealed class Header
    {
        public Header(Branch branch, Supplier? supplier, string? description, DateTimeOffset? purchaseDate, bool draft, decimal? paidAmount, string? paymentMethod, long? accountId)
        {
            Branch = branch;
            Supplier = supplier;
            Description = description;
            PurchaseDate = purchaseDate;
            Draft = draft;
            PaidAmount = paidAmount;
            PaymentMethod = paymentMethod;
            AccountId = accountId;
        }

        public Branch Branch { get; }

        public Supplier? Supplier { get; }

        public string? Description { get; }

        public DateTimeOffset? PurchaseDate { get; }

        public bool Draft { get; }

        public decimal? PaidAmount { get; }

        public string? PaymentMethod { get; }

        public long? AccountId { get; }
    }
}
