using System.Management.Automation;
using KiotViet.Matching;

namespace KiotViet.Commands.Infrastructure;

/// <summary>
/// What New-KvCategory and Set-KvCategory share: the parent, by id or by path or name, and the three-level limit
/// checked before sending (KiotViet refuses a fourth level too).
/// </summary>
public abstract class CategoryWriteCmdlet : KvWriteCmdlet
{
    /// <summary>The pipeline input as it came (a CSV row, a record), kept as the target of any error.</summary>
    [Parameter(ValueFromPipeline = true, DontShow = true)]
    public override PSObject? InputObject { get; set; }

    private protected override System.Type? RecordType => typeof(Category);

    /// <summary>The parent category: its id, its path ("Đồ uống > Trà") or its name when unique.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("ParentName", "ParentPath")]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Line)]
    public string? Parent { get; set; }

    /// <summary>The parent category's id; an empty CSV cell (a root category's) counts as not given.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidatePositiveId]
    [IdTransformation]
    public long? ParentId { get; set; }

    /// <summary>
    /// The parent the row names (null: none given), or false with the reason when it names none, or when a category
    /// <paramref name="levelsBelow"/> levels deep under it would go past the third level.
    /// </summary>
    private protected bool TryResolveParent(int levelsBelow, out Category? parent, out string? problem)
    {
        parent = null;
        problem = null;
        var parentText = Given(nameof(Parent)) ? Parent : null;
        var parentId = Given(nameof(ParentId)) ? ParentId : null;
        var text = parentText ?? parentId?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (text is null)
        {
            return true;
        }

        parent = ShopCategories().Resolve(text, out problem);
        if (parent is null)
        {
            problem = $"parent: {problem}";
            return false;
        }

        if (parentId is { } id && parentText is not null && id != parent.Id)
        {
            problem = $"Parent '{parentText}' (id {parent.Id}) and ParentId {id} disagree";
            return false;
        }

        if (parent.Depth + 1 + levelsBelow >= CategoryIndex.MaxDepth)
        {
            problem = $"'{parent.Path}' is already on level {parent.Depth + 1}: KiotViet keeps categories at most {CategoryIndex.MaxDepth} levels deep";
            return false;
        }

        return true;
    }
}
