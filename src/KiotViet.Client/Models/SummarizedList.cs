using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace KiotViet;

/// <summary>
/// A nested collection (invoice lines, payments) that stays a real collection for scripts but shows as a short
/// readable summary where PowerShell turns it into text, as Export-Csv does, instead of a type name.
/// </summary>
public sealed class SummarizedList<T> : ReadOnlyCollection<T>
{
    private readonly Func<T, string> describe;

    public SummarizedList(IList<T> items, Func<T, string> describe)
        : base(items) => this.describe = describe;

    public override string ToString() => string.Join("; ", this.Select(describe));
}

/// <summary>Builds the summaries of nested collections: each item reads as its own ToString().</summary>
public static class SummarizedList
{
    public static SummarizedList<T> Of<T>(IList<T>? items) =>
        new(items ?? new List<T>(), item => item?.ToString() ?? "");
}
