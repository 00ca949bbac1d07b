using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Deletes KiotViet customers.</para>
/// </summary>
[Cmdlet(VerbsCommon.Remove, "KvCustomer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveKvCustomerCommand : KvConnectedCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("CustomerId")]
    [ValidateRange(1, long.MaxValue)]
    public long[]? Id { get; set; }

    protected override void Process()
    {
        foreach (var id in Id!)
        {
            if (!ShouldProcess($"customer {id}", "Delete KiotViet customer"))
            {
                continue;
            }

            try
            {
                var message = Await(ct => Shop.Customers.DeleteAsync(id, ct));
                WriteVerbose($"Customer {id}: {message ?? "deleted"}");
            }
            catch (KiotVietApiException ex)
            {
                WriteApiError(ex, id);
            }
        }
    }
}
