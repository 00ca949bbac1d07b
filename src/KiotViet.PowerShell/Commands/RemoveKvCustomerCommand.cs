using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Deletes KiotViet customers.</para>
/// </summary>
[Cmdlet(VerbsCommon.Remove, "KvCustomer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveKvCustomerCommand : KvRemoveCmdlet<Customer>
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("CustomerId")]
    [ValidateRange(1, long.MaxValue)]
    public override long[]? Id { get; set; }

    private protected override string Activity => "Deleting KiotViet customers";

    private protected override string Noun => "customer";

    private protected override Task<Customer> ReadAsync(long id, CancellationToken cancellationToken) => Shop.Customers.GetAsync(id, cancellationToken);

    private protected override string NameOf(Customer record) => $"{record.Code} {record.Name}";

    private protected override Task<string?> DeleteAsync(long id, CancellationToken cancellationToken) => Shop.Customers.DeleteAsync(id, cancellationToken);
}
