using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Cancels KiotViet invoices (KiotViet's delete of an invoice is a cancel: status 2 "Đã hủy").</para>
/// </summary>
[Cmdlet(VerbsCommon.Remove, "KvInvoice", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(Invoice))]
public sealed class RemoveKvInvoiceCommand : KvCancelCmdlet<Invoice>
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("InvoiceId")]
    [ValidateRange(1, long.MaxValue)]
    public long[]? Id { get; set; }

    private protected override long[] Ids => Id!;

    private protected override string Noun => "invoice";

    private protected override string Activity => "Cancelling KiotViet invoices";

    private protected override Task<Invoice> ReadAsync(long id, CancellationToken cancellationToken) => Shop.Invoices.GetAsync(id, cancellationToken);

    private protected override Task<Invoice> CancelAsync(long id, bool voidPayment, CancellationToken cancellationToken) => Shop.Invoices.CancelAsync(id, voidPayment, cancellationToken);

    private protected override (string? Code, decimal Total, string? Customer) Summary(Invoice document) => (document.Code, document.Total, document.CustomerName);
}
