using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Changes a KiotViet invoice (PUT /invoices/{id}): its customer, seller, description, discount or lines.</para>
/// </summary>
[Cmdlet(VerbsCommon.Set, "KvInvoice", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Invoice))]
public sealed class SetKvInvoiceCommand : KvSaleUpdateCmdlet<InvoiceChanges, Invoice>
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("InvoiceId")]
    [ValidateRange(1, long.MaxValue)]
    public override long Id { get; set; }

    /// <summary>The seller (Get-KvUser).</summary>
    [Parameter]
    [ValidateRange(1, long.MaxValue)]
    public long SoldById { get; set; }

    private protected override string Noun => "invoice";

    private protected override IEnumerable<(string Name, bool Set)> OwnFields => new[] { ("SoldById", SoldById > 0) };

    private protected override InvoiceChanges Changes(long? customerId, List<OrderLine>? lines) => new()
    {
        CustomerId = customerId,
        SoldById = SoldById > 0 ? SoldById : null,
        Description = Description,
        Discount = Discount,
        InvoiceDetails = lines,
    };

    private protected override Task<Invoice> ReadAsync(long id, CancellationToken cancellationToken) => Shop.Invoices.GetAsync(id, cancellationToken);

    private protected override string NameOf(Invoice document) => $"{document.Code} total {document.Total.ToString("#,0.##", CultureInfo.InvariantCulture)} {document.CustomerName}";

    private protected override Task<Invoice> UpdateAsync(long id, InvoiceChanges changes, CancellationToken cancellationToken) => Shop.Invoices.UpdateAsync(id, changes, cancellationToken);
}
