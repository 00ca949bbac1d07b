using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Deletes (cancels) transfers (DELETE /transfers/{id}): the goods sent go back to the sending branch.</para>
/// </summary>
[Cmdlet(VerbsCommon.Remove, "KvTransfer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(RemovedRecord))]
public sealed class RemoveKvTransferCommand : KvRemoveCmdlet<Transfer>
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("TransferId")]
    [ValidatePositiveId]
    [IdListTransformation]
    public override long[]? Id { get; set; }

    private protected override string Noun => "transfer";

    private protected override string Activity => "Deleting KiotViet transfers";

    private protected override string ResumeAdvice => "Run the same command again: a transfer already deleted is refused by KiotViet as such.";

    private protected override Task<Transfer> ReadAsync(long id, CancellationToken cancellationToken) => Shop.Transfers.GetAsync(id, cancellationToken);

    private protected override string NameOf(Transfer record) => $"{record.Code} from {record.FromBranchName ?? record.FromBranchId?.ToString()} to {record.ToBranchName ?? record.ToBranchId?.ToString()}";

    private protected override Task<string?> DeleteAsync(long id, CancellationToken cancellationToken) => Shop.Transfers.DeleteAsync(id, cancellationToken);
}
