using System;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Commands.Infrastructure;
using KiotViet.Writes;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Creates an invoice (POST /invoices) for a branch, with product lines, an optional customer and what is paid at once.</para>
/// </summary>
[Cmdlet(VerbsCommon.New, "KvInvoice", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Invoice))]
public sealed class NewKvInvoiceCommand : KvSaleCreateCmdlet<InvoiceDraft, Invoice>
{
    /// <summary>What the customer pays now; without it nothing is paid and the whole total is owed.</summary>
    [Parameter]
    [ShopNumberTransformation(EmptyIsRefused = true)]
    [ValidateRange(0, double.MaxValue)]
    public decimal TotalPayment { get; set; }

    /// <summary>How -TotalPayment is paid.</summary>
    [Parameter]
    [ValidateSet("Cash", "Card", "Transfer")]
    public string Method { get; set; } = "Cash";

    /// <summary>The shop's bank account a card or transfer payment goes to (Get-KvBankAccount).</summary>
    [Parameter]
    [ValidateRange(1, long.MaxValue)]
    public long AccountId { get; set; }

    /// <summary>The seller (Get-KvUser); without it KiotViet records the API user's default.</summary>
    [Parameter]
    [ValidateRange(1, long.MaxValue)]
    public long SoldById { get; set; }

    /// <summary>The order this invoice completes (Get-KvOrder).</summary>
    [Parameter]
    [ValidateRange(1, long.MaxValue)]
    public long OrderId { get; set; }

    /// <summary>The invoice is paid on delivery: the carrier collects what it still owes (usingCod, the delivery's usingPriceCod).</summary>
    [Parameter]
    public SwitchParameter Cod { get; set; }

    /// <summary>The delivery's status on a create: 1 pending (Chờ xử lý), 2 delivering (Đang giao hàng).</summary>
    [Parameter]
    [ValidateRange(1, 2)]
    public int? DeliveryStatus { get; set; }

    private protected override string Noun => "invoice";

    private protected override InvoiceDraft Draft(long? customerId, List<OrderLine> lines, decimal? discount)
    {
        var paying = TotalPayment > 0;
        if (AccountId > 0 && (!paying || Method == "Cash"))
        {
            throw new ArgumentException("-AccountId is the bank account of a card or transfer payment: give it with -TotalPayment and -Method Card or Transfer.");
        }

        if (Description is not null)
        {
            throw new ArgumentException(DocumentedFields.Refusal("invoice create (POST /invoices)", new[] { "Description" }, "Leave -Description out (an order can carry one: New-KvOrder -Description)."));
        }

        var delivery = DeliveryGiven();
        if (Cod || DeliveryStatus is not null)
        {
            delivery ??= new DeliveryDraft();
            delivery.UsingPriceCod = Cod ? true : null;
            delivery.Status = DeliveryStatus;
        }

        return new InvoiceDraft
        {
            Delivery = delivery,
            UsingCod = Cod ? true : null,
            SaleChannelId = SaleChannelGiven(),
            PurchaseDate = PurchaseDateGiven(),
            BranchId = BranchId,
            CustomerId = customerId,
            SoldById = SoldById > 0 ? SoldById : null,
            OrderId = OrderId > 0 ? OrderId : null,
            Discount = discount,
            TotalPayment = paying ? TotalPayment : null,
            Method = paying ? Method : null,
            AccountId = AccountId > 0 ? AccountId : null,
            InvoiceDetails = lines,
        };
    }

    private protected override string Details(InvoiceDraft draft) =>
        (draft.TotalPayment is { } paid ? $", paid {paid.ToString("#,0.##", CultureInfo.InvariantCulture)} {draft.Method}" : ", nothing paid")
        + (draft.UsingCod == true ? ", COD" : "")
        + ExtrasDetails(draft.Delivery, draft.SaleChannelId, draft.PurchaseDate);

    private protected override Task<Invoice> CreateAsync(InvoiceDraft draft, CancellationToken cancellationToken) => Shop.Invoices.CreateAsync(draft, cancellationToken);
}
