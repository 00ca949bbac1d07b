using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Cancels KiotViet invoices (KiotViet's delete of an invoice is a cancel: status 2 "Đã hủy").</para>
/// </summary>
[Cmdlet(VerbsCommon.Remove, "KvInvoice", DefaultParameterSetName = IdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(Invoice))]
public sealed class RemoveKvInvoiceCommand : KvCancelCmdlet<Invoice>
{
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("InvoiceId")]
    [ValidatePositiveId]
    [IdListTransformation]
    public override long[]? Id { get; set; }

    /// <summary>The invoice code(s), e.g. HD000123; each is read first to find its id.</summary>
    [Parameter(Mandatory = true, ParameterSetName = CodeSet, ValueFromPipelineByPropertyName = true)]
    [Alias("InvoiceCode")]
    [ValidateGiven]
    [ValidateShopText(TextLimits.Code)]
    [AllowEmptyString]
    public override string[]? Code { get; set; }

    private protected override string Noun => "invoice";

    private protected override string Activity => "Cancelling KiotViet invoices";

    private protected override Task<Invoice> ReadByCodeAsync(string code, CancellationToken cancellationToken) => Shop.Reads.GetByCodeAsync<Invoice>(code, cancellationToken);

    private protected override Task<Invoice> ReadAsync(long id, CancellationToken cancellationToken) => Shop.Invoices.GetAsync(id, cancellationToken);

    private protected override bool StandsCancelled(Invoice document) => document.Status == InvoiceStatus.Cancelled;

    private protected override Task<Invoice> CancelAsync(long id, bool voidPayment, CancellationToken cancellationToken) => Shop.Invoices.CancelAsync(id, voidPayment, cancellationToken);

    private protected override (string? Code, decimal Total, string? Customer) PromptFacts(Invoice document) => (document.Code, document.Total, document.CustomerName);
}
