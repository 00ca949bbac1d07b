using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Deletes KiotViet products.</para>
/// </summary>
[Cmdlet(VerbsCommon.Remove, "KvProduct", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveKvProductCommand : KvRemoveCmdlet<Product>
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ProductId")]
    [ValidateRange(1, long.MaxValue)]
    public override long[]? Id { get; set; }

    private protected override string Activity => "Deleting KiotViet products";

    private protected override string Noun => "product";

    private protected override Task<Product> ReadAsync(long id, CancellationToken cancellationToken) => Shop.Products.GetAsync(id, cancellationToken);

    private protected override string NameOf(Product record) => $"{record.Code} {record.Name}";

    private protected override Task<string?> DeleteAsync(long id, CancellationToken cancellationToken) => Shop.Products.DeleteAsync(id, cancellationToken);
}
