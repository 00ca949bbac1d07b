using System.Collections.Generic;
using System.Threading;
using KiotViet.Http;
using KiotViet.Paging;

namespace KiotViet.Resources;

/// <summary>Product categories, read as a tree (hierachicalData, the API's spelling).</summary>
public sealed class CategoryClient : ResourceClient
{
    internal CategoryClient(ApiTransport transport, int readAhead)
        : base(transport, readAhead)
    {
    }

    /// <summary>Root categories, each with its Children.</summary>
    public PagedListing<Category> ListTree(CancellationToken cancellationToken) =>
        List<Category>("categories", new QueryString().Add("hierachicalData", true), new PageRequest(), cancellationToken);

    /// <summary>Every category, parents before children, with Path and Depth filled.</summary>
    public IEnumerable<Category> ListFlat(CancellationToken cancellationToken)
    {
        foreach (var root in ListTree(cancellationToken))
        {
            foreach (var category in Flatten(root, null, 0))
            {
                yield return category;
            }
        }
    }

    private static IEnumerable<Category> Flatten(Category category, string? parentPath, int depth)
    {
        category.Depth = depth;
        category.Path = parentPath is null ? category.CategoryName : $"{parentPath} > {category.CategoryName}";
        yield return category;
        foreach (var child in category.Children)
        {
            child.ParentId ??= category.Id;
            foreach (var descendant in Flatten(child, category.Path, depth + 1))
            {
                yield return descendant;
            }
        }
    }
}
