using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Http;
using KiotViet.Json;
using KiotViet.Paging;
using KiotViet.Writes;

namespace KiotViet.Resources;

/// <summary>Product categories, read as a tree (hierachicalData, the API's spelling).</summary>
public sealed class CategoryClient : ResourceClient
{
    private const string Collection = "categories";

    internal CategoryClient(ApiTransport transport, int readAhead)
        : base(transport, readAhead)
    {
    }

    /// <summary>Root categories, each with its Children.</summary>
    public PagedListing<Category> ListTree(CancellationToken cancellationToken) =>
        List<Category>(Collection, new QueryString().Add("hierachicalData", true), new PageRequest(), cancellationToken);

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

    public Task<Category> GetAsync(long id, CancellationToken cancellationToken) =>
        GetByIdAsync<Category>(Collection, id, cancellationToken);

    /// <summary>
    /// Creates a category, exactly once: when the answer is lost, the category is looked up by name under the same
    /// parent, created since the create began, before anything is resent.
    /// </summary>
    public Task<Category> CreateAsync(CategoryDraft draft, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(draft.CategoryName))
        {
            throw new ArgumentException("A category needs a name.", nameof(draft));
        }

        return Writes.RunAsync(
            new WriteOperation<Category>(
                $"the create of category '{draft.CategoryName}'" + (draft.ParentId is { } parent ? $" under {parent}" : ""),
                ct => Transport.SendAsync(ApiRequest.Post(Collection, draft), ResponseBody.ReadObject<Category>, ct),
                async (context, ct) =>
                {
                    var all = await Task.Run(() => ListFlat(ct).ToList(), ct).ConfigureAwait(false);
                    var found = all
                        .Where(c => c.ParentId == draft.ParentId && SameName(c, draft.CategoryName) && context.CouldBeCreatedByThisWrite(c.Id, c.CreatedDate))
                        .OrderBy(c => c.CreatedDate).ThenBy(c => c.Id)
                        .FirstOrDefault();
                    return found is null ? Reconciliation<Category>.NotApplied : Reconciliation<Category>.Applied(found);
                },
                c => c.Id),
            cancellationToken);
    }

    /// <summary>Renames or moves a category; when the answer is lost, it is read back and compared before resending.</summary>
    public Task<Category> UpdateAsync(long id, CategoryDraft changes, CancellationToken cancellationToken) =>
        UpdateRecordAsync<Category, CategoryDraft>("category", Collection, id, changes, ShowsUpdate, cancellationToken);

    /// <summary>Deletes a category; returns KiotViet's confirmation message. When the answer is lost, gone means done.</summary>
    public Task<string?> DeleteAsync(long id, CancellationToken cancellationToken) =>
        DeleteRecordAsync<Category>("category", Collection, id, cancellationToken);

    private static bool ShowsUpdate(CategoryDraft changes, Category current) =>
        (changes.CategoryName is null || SameName(current, changes.CategoryName)) && (changes.ParentId is null || current.ParentId == changes.ParentId);

    private static bool SameName(Category category, string? name) =>
        string.Equals(category.CategoryName?.Trim(), name?.Trim(), StringComparison.OrdinalIgnoreCase);

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
