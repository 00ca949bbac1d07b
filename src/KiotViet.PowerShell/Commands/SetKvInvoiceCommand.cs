using System.Collections.Generic;
using System.Linq;
using System.Globalization;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Changes a KiotViet invoice (PUT /invoices/{id}): its seller or lines (KiotViet's invoice update cannot change its customer, discount or description).</para>
/// </summary>
[Cmdlet(VerbsCommon.Set, "KvInvoice", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Invoice))]
public sealed class SetKvInvoiceCommand : KvSaleUpdateCmdlet<InvoiceChanges, Invoice>
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("InvoiceId")]
    [ValidatePositiveId]
    [IdTransformation(Required = true)]
    public override long Id { get; set; }

    /// <summary>The seller (Get-KvUser).</summary>
    [Parameter]
    [IdTransformation]
    [ValidatePositiveId]
    public long SoldById { get; set; }

    /// <summary>The invoice's status: Completed, InProgress or Undeliverable (a cancel is Remove-KvInvoice).</summary>
    [Parameter]
    [ValidateSet(nameof(InvoiceStatus.Completed), nameof(InvoiceStatus.InProgress), nameof(InvoiceStatus.Undeliverable))]
    public InvoiceStatus? Status { get; set; }

    /// <summary>The delivery's status, 1 to 12 (1 pending, 2 delivering, 3 delivered, 4 returning, 5 returned, 6 cancelled, 7 picking up, …).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [WholeNumberTransformation]
    [ValidateBetween(1, 12)]
    public int? DeliveryStatus { get; set; }

    /// <summary>What the carrier collects on delivery (COD); 0 stops collecting.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ShopNumberTransformation]
    [ValidateAmount]
    public decimal? CodAmount { get; set; }

    private protected override string Noun => "invoice";

    private protected override IEnumerable<(string Name, bool Set)> OwnFields => base.OwnFields.Concat(new[]
    {
        ("SoldById", SoldById > 0),
        ("Status", Status is not null),
        ("DeliveryStatus", DeliveryStatus is not null),
        ("CodAmount", CodAmount is not null),
    });

    // PUT /invoices/{id} documents no customer, discount or description (API reference 2.12.4).
    private protected override IReadOnlyCollection<string> NotUpdatable { get; } = new[] { "CustomerId", "Description", "Discount" };

    private protected override object? CurrentValue(Invoice document, string field) => field switch
    {
        "CustomerId" => document.CustomerId,
        "Description" => document.Description,
        "Discount" => document.Discount,
        _ => null,
    };

    private protected override InvoiceChanges Changes(long? customerId, List<OrderLine>? lines)
    {
        var delivery = DeliveryGiven();
        if (DeliveryStatus is not null || CodAmount is not null)
        {
            delivery ??= new DeliveryDraft();
            delivery.Status = DeliveryStatus;
            delivery.PriceCodPayment = CodAmount;
            delivery.UsingPriceCod = CodAmount is { } amount ? amount > 0 : null;
        }

        return new InvoiceChanges
        {
            SoldById = SoldById > 0 ? SoldById : null,
            InvoiceDetails = lines,
            Status = Status,
            Delivery = delivery,
            SaleChannelId = SaleChannelGiven(),
            PurchaseDate = PurchaseDateGiven(),
        };
    }

    private protected override Task<Invoice> ReadAsync(long id, CancellationToken cancellationToken) => Shop.Invoices.GetAsync(id, cancellationToken);

    private protected override string NameOf(Invoice document) => $"{document.Code} total {document.Total.ToString("#,0.##", CultureInfo.InvariantCulture)} {document.CustomerName}";

    private protected override Task<Invoice> UpdateAsync(long id, InvoiceChanges changes, CancellationToken cancellationToken) => Shop.Invoices.UpdateAsync(id, changes, cancellationToken);
}
