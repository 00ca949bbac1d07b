using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Creates KiotViet product categories (nhóm hàng), at most three levels deep.</para>
/// </summary>
[Cmdlet(VerbsCommon.New, "KvCategory", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Category))]
public sealed class NewKvCategoryCommand : CategoryWriteCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("CategoryName")]
    [ValidateGiven]
    [ValidateShopText(TextLimits.Name)]
    [AllowEmptyString]
    public string? Name { get; set; }

    private protected override object? RowLabel => Name;

    private protected override string Activity => "Creating KiotViet categories";

    private protected override string WrittenAs => "created";

    private protected override string ResumeAdvice => "Run the same command again for the rows not created: a name already under its parent is refused by KiotViet, not created twice.";

    protected override void Process()
    {
        if (!TryResolveParent(levelsBelow: 0, out var parent, out var problem))
        {
            RefusedBeforeSending(ErrorRecords.InvalidInput("KiotVietInvalidCategory", $"Category '{Name}' was not sent: {problem}.", ErrorTarget));
            return;
        }

        var name = Name!.Trim();
        var path = parent is null ? name : $"{parent.Path} > {name}";
        if (!ShouldProcess(path, "Create KiotViet category"))
        {
            return;
        }

        var draft = new CategoryDraft { CategoryName = name, ParentId = parent?.Id };
        var advice = $"KiotViet may have saved '{path}': look it up (Get-KvCategory) before sending this row again.";
        if (TryWrite(ErrorTarget, ct => Shop.Categories.CreateAsync(draft, ct), out var category, advice))
        {
            // Later rows may name it as their parent.
            ShopCategories().Add(category);
            WriteObject(category);
        }
    }
}
