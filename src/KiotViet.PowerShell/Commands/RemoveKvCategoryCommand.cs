using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Deletes KiotViet categories; KiotViet refuses one that has subcategories or products.</para>
/// </summary>
[Cmdlet(VerbsCommon.Remove, "KvCategory", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(RemovedRecord))]
public sealed class RemoveKvCategoryCommand : KvRemoveCmdlet<Category>
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("CategoryId")]
    [ValidatePositiveId]
    [IdListTransformation]
    public override long[]? Id { get; set; }

    private protected override string Activity => "Deleting KiotViet categories";

    private protected override string Noun => "category";

    // A parent can be deleted only once its subcategories are gone: the rows' order matters.
    private protected override bool RowsAreIndependent => false;

    private protected override Task<Category> ReadAsync(long id, CancellationToken cancellationToken) => Shop.Categories.GetAsync(id, cancellationToken);

    private protected override string NameOf(Category record) => record.Path ?? record.CategoryName ?? "";

    private protected override Task<string?> DeleteAsync(long id, CancellationToken cancellationToken) => Shop.Categories.DeleteAsync(id, cancellationToken);
}
