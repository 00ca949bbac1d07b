using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace KiotViet.Matching;

/// <summary>
/// The shop's categories, to find one the way people write it in a CSV cell: its id ("300004"), its path from the
/// root ("Đồ uống > Cà phê", also with "/"), or its name when no other category has it.
/// </summary>
public sealed class CategoryIndex
{
    /// <summary>KiotViet keeps categories at most three levels deep.</summary>
    public const int MaxDepth = 3;

    private static readonly char[] PathSeparators = { '>', '/' };
    private readonly Dictionary<long, Category> byId = new();

    /// <param name="categories">Every category, parents before children (as the flat listing returns them).</param>
    public CategoryIndex(IEnumerable<Category> categories)
    {
        foreach (var category in categories)
        {
            Add(category);
        }
    }

    public IReadOnlyCollection<Category> All => byId.Values;

    /// <summary>Adds a category (one just created), filling its depth and path from its parent.</summary>
    public void Add(Category category)
    {
        if (category.ParentId is { } parentId && byId.TryGetValue(parentId, out var parent))
        {
            category.Depth = parent.Depth + 1;
            category.Path = $"{parent.Path} > {category.CategoryName}";
        }
        else if (category.ParentId is null)
        {
            category.Depth = 0;
            category.Path ??= category.CategoryName;
        }

        byId[category.Id] = category;
    }

    public void Remove(long id) => byId.Remove(id);

    public Category? Find(long id) => byId.TryGetValue(id, out var category) ? category : null;

    /// <summary>The category the text names, or null with the reason in <paramref name="problem"/>.</summary>
    public Category? Resolve(string text, out string? problem)
    {
        problem = null;
        var trimmed = text.Trim();
        if (long.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            if (Find(id) is { } byNumber)
            {
                return byNumber;
            }

            problem = $"there is no category with id {id}";
            return null;
        }

        var wanted = Segments(trimmed);
        var matches = byId.Values.Where(c => SamePath(wanted, Segments(c.Path ?? c.CategoryName ?? ""))).ToList();
        if (matches.Count == 0 && wanted.Length == 1)
        {
            matches = byId.Values.Where(c => string.Equals(c.CategoryName?.Trim(), wanted[0], StringComparison.OrdinalIgnoreCase)).ToList();
        }

        switch (matches.Count)
        {
            case 1:
                return matches[0];
            case 0:
                problem = $"there is no category '{trimmed}' (give its id, its name or its path such as 'Đồ uống > Cà phê')";
                return null;
            default:
                problem = $"'{trimmed}' names {matches.Count} categories ({string.Join("; ", matches.Select(m => $"{m.Path} (id {m.Id})"))}): give the path or the id";
                return null;
        }
    }

    private static string[] Segments(string path) =>
        path.Split(PathSeparators, StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()).Where(s => s.Length > 0).ToArray();

    private static bool SamePath(string[] a, string[] b) =>
        a.Length == b.Length && a.Zip(b, (x, y) => string.Equals(x, y, StringComparison.OrdinalIgnoreCase)).All(same => same);
}
