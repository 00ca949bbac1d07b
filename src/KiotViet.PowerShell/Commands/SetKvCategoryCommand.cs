using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Renames a KiotViet category or moves it under another parent.</para>
/// </summary>
[Cmdlet(VerbsCommon.Set, "KvCategory", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Category))]
public sealed class SetKvCategoryCommand : CategoryWriteCmdlet
{
    /// <summary>The category to change; binds from the Id of piped categories.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("CategoryId")]
    [ValidatePositiveId]
    [IdTransformation(Required = true)]
    public long Id { get; set; }

    /// <summary>The new name; binds from the CategoryName column of a CSV exported by Get-KvCategory.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("NewName", "CategoryName")]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Name)]
    public string? Name { get; set; }

    /// <summary>Writes the updated category to the pipeline.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    private protected override object? RowLabel => Id;

    private protected override string Activity => "Updating KiotViet categories";

    private protected override string WrittenAs => "updated";

    protected override void Process()
    {
        var index = ShopCategories();
        var current = index.Find(Id);
        var levelsBelow = current is null ? 0 : Height(current, index.All);
        if (!TryResolveParent(levelsBelow, out var parent, out var problem))
        {
            RefusedBeforeSending(ErrorRecords.InvalidInput("KiotVietInvalidCategory", $"Category {Id} was not changed: {problem}.", ErrorTarget));
            return;
        }

        var changes = new CategoryDraft { CategoryName = Name?.Trim(), ParentId = parent?.Id };
        if (changes.CategoryName is null && changes.ParentId is null)
        {
            RefusedBeforeSending(ErrorRecords.InvalidInput("KiotVietNoCategoryChanges", $"Nothing to change for category {Id}: give -Name, -Parent or -ParentId.", ErrorTarget));
            return;
        }

        if (current is not null)
        {
            // Only what differs from the category as it stands is sent; a row matching it is not sent at all.
            changes = new CategoryDraft
            {
                CategoryName = changes.CategoryName is { } name && name != current.CategoryName?.Trim() ? name : null,
                ParentId = parent is not null && parent.Id != current.ParentId ? parent.Id : null,
            };
            parent = changes.ParentId is null ? null : parent;
            if (changes.CategoryName is null && changes.ParentId is null)
            {
                UnchangedInTurn($"Category {current.Path} (id {Id}) already holds every value given: not sent.", PassThru ? () => WriteObject(current) : null);
                return;
            }
        }

        var what = string.Join(" and ", new[] { changes.CategoryName is null ? null : $"rename to '{changes.CategoryName}'", parent is null ? null : $"move under '{parent.Path}'" }.Where(w => w is not null));
        if (!ShouldProcess(current is null ? $"category {Id}" : $"category {current.Path} (id {Id})", what))
        {
            return;
        }

        if (TryWrite(ErrorTarget, ct => Shop.Categories.UpdateAsync(Id, changes, ct), out var updated) && PassThru)
        {
            WriteObject(updated);
        }
    }

    private static int Height(Category category, IReadOnlyCollection<Category> all) =>
        all.Where(c => c.ParentId == category.Id).Select(c => 1 + Height(c, all)).DefaultIfEmpty(0).Max();
}
