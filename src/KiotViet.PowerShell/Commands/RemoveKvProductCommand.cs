using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Deletes KiotViet products.</para>
/// </summary>
[Cmdlet(VerbsCommon.Remove, "KvProduct", DefaultParameterSetName = IdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(RemovedRecord))]
public sealed class RemoveKvProductCommand : KvRemoveCmdlet<Product>
{
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ProductId")]
    [ValidatePositiveId]
    [IdListTransformation]
    public override long[]? Id { get; set; }

    /// <summary>The product code(s), e.g. SP000123; each is read first to find its id.</summary>
    [Parameter(Mandatory = true, ParameterSetName = CodeSet, ValueFromPipelineByPropertyName = true)]
    [Alias("ProductCode")]
    [ValidateGiven]
    [ValidateShopText(TextLimits.Code)]
    [AllowEmptyString]
    public override string[]? Code { get; set; }

    private protected override string Activity => "Deleting KiotViet products";

    private protected override string Noun => "product";

    private protected override Task<Product> ReadByCodeAsync(string code, CancellationToken cancellationToken) => Shop.Products.GetByCodeAsync(code, cancellationToken);

    private protected override Task<Product> ReadAsync(long id, CancellationToken cancellationToken) => Shop.Products.GetAsync(id, cancellationToken);

    private protected override string NameOf(Product record) => $"{record.Code} {record.Name}";

    private protected override Task<string?> DeleteAsync(long id, CancellationToken cancellationToken) => Shop.Products.DeleteAsync(id, cancellationToken);
}
