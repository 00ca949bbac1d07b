using System.Collections.Generic;
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
    [ValidateRange(1, long.MaxValue)]
    public long SoldById { get; set; }

    private protected override string Noun => "invoice";

    private protected override IEnumerable<(string Name, bool Set)> OwnFields => new[] { ("SoldById", SoldById > 0) };

    // PUT /invoices/{id} documents no customer, discount or description (API reference 2.12.4).
    private protected override IReadOnlyCollection<string> NotUpdatable { get; } = new[] { "CustomerId", "Description", "Discount" };

    private protected override object? CurrentValue(Invoice document, string field) => field switch
    {
        "CustomerId" => document.CustomerId,
        "Description" => document.Description,
        "Discount" => document.Discount,
        _ => null,
    };

    private protected override InvoiceChanges Changes(long? customerId, List<OrderLine>? lines) => new()
    {
        SoldById = SoldById > 0 ? SoldById : null,
        InvoiceDetails = lines,
    };

    private protected override Task<Invoice> ReadAsync(long id, CancellationToken cancellationToken) => Shop.Invoices.GetAsync(id, cancellationToken);

    private protected override string NameOf(Invoice document) => $"{document.Code} total {document.Total.ToString("#,0.##", CultureInfo.InvariantCulture)} {document.CustomerName}";

    private protected override Task<Invoice> UpdateAsync(long id, InvoiceChanges changes, CancellationToken cancellationToken) => Shop.Invoices.UpdateAsync(id, changes, cancellationToken);
}
