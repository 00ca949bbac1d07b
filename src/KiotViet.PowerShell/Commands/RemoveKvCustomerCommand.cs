using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Deletes KiotViet customers.</para>
/// </summary>
[Cmdlet(VerbsCommon.Remove, "KvCustomer", DefaultParameterSetName = IdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(RemovedRecord))]
public sealed class RemoveKvCustomerCommand : KvRemoveCmdlet<Customer>
{
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("CustomerId")]
    [ValidatePositiveId]
    [IdListTransformation]
    public override long[]? Id { get; set; }

    /// <summary>The customer code(s), e.g. KH000123; each is read first to find its id.</summary>
    [Parameter(Mandatory = true, ParameterSetName = CodeSet, ValueFromPipelineByPropertyName = true)]
    [Alias("CustomerCode")]
    [ValidateGiven]
    [ValidateShopText(TextLimits.Code)]
    [AllowEmptyString]
    public override string[]? Code { get; set; }

    private protected override string Activity => "Deleting KiotViet customers";

    private protected override string Noun => "customer";

    private protected override Task<Customer> ReadByCodeAsync(string code, CancellationToken cancellationToken) => Shop.Customers.GetByCodeAsync(code, cancellationToken);

    private protected override Task<Customer> ReadAsync(long id, CancellationToken cancellationToken) => Shop.Customers.GetAsync(id, cancellationToken);

    private protected override string NameOf(Customer record) => $"{record.Code} {record.Name}";

    private protected override Task<string?> DeleteAsync(long id, CancellationToken cancellationToken) => Shop.Customers.DeleteAsync(id, cancellationToken);
}
