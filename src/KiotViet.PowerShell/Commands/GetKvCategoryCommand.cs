using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Gets product categories (nhóm hàng): every category with its path, or the tree of root categories.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "KvCategory", SupportsPaging = true)]
[OutputType(typeof(Category))]
public sealed class GetKvCategoryCommand : KvConnectedCmdlet
{
    /// <summary>Only categories whose name matches this wildcard pattern (flat listing).</summary>
    [Parameter(Position = 0)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    [ValidateShopText(TextLimits.Name)]
    public string? Name { get; set; }

    /// <summary>Writes only the root categories, each holding its sub-categories in Children.</summary>
    [Parameter]
    public SwitchParameter AsTree { get; set; }

    protected override void End()
    {
        var pattern = Name is null ? null : new WildcardPattern(Name, WildcardOptions.IgnoreCase | WildcardOptions.CultureInvariant);
        try
        {
            var categories = AsTree ? Stream(Shop.Categories.ListTree(CancellationToken), "Reading KiotViet categories") : Shop.Categories.ListFlat(CancellationToken);
            var page = new LocalPage(PagingParameters);
            foreach (var category in categories)
            {
                if ((pattern is null || pattern.IsMatch(category.CategoryName ?? "")) && page.Take())
                {
                    WriteObject(category);
                }
            }

            if (PagingParameters?.IncludeTotalCount == true)
            {
                WriteObject(PagingParameters.NewTotalCount(page.Matched, 1.0));
            }
        }
        catch (KiotVietApiException ex)
        {
            WriteApiError(ex, Name);
        }
    }
}
