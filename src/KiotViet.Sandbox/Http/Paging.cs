using System.Text.Json.Nodes;

namespace KiotViet.Sandbox.Http;

/// <summary>Offset paging as the real API does it: pageSize default 20, capped at 100, currentItem offset, orderBy/orderDirection.</summary>
internal sealed record PageRequest(int PageSize, int CurrentItem, string? OrderBy, bool Descending)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static PageRequest From(QueryReader query)
    {
        var size = query.Int("pageSize") ?? DefaultPageSize;
        size = size <= 0 ? DefaultPageSize : Math.Min(size, MaxPageSize);
        var offset = Math.Max(0, query.Int("currentItem") ?? 0);
        var descending = string.Equals(query.String("orderDirection"), "desc", StringComparison.OrdinalIgnoreCase);
        return new PageRequest(size, offset, query.String("orderBy"), descending);
    }

    /// <summary>Orders by a known field (the caller maps names to keys); unknown names keep the id order.</summary>
    public IReadOnlyList<T> Order<T>(IReadOnlyList<T> rows, Func<string, Func<T, IComparable?>?> keyFor)
    {
        var key = OrderBy is null ? null : keyFor(OrderBy.ToLowerInvariant());
        if (key is null)
        {
            return Descending ? new ReversedList<T>(rows) : rows;
        }

        return (Descending ? rows.OrderByDescending(key, SortComparer.Instance) : rows.OrderBy(key, SortComparer.Instance)).ToList();
    }

    /// <summary>Culture-independent ordering: strings ordinal ignoring case, nulls first, everything else by its own comparison.</summary>
    private sealed class SortComparer : IComparer<IComparable?>
    {
        public static readonly SortComparer Instance = new();

        public int Compare(IComparable? x, IComparable? y) => (x, y) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            (string a, string b) => StringComparer.OrdinalIgnoreCase.Compare(a, b),
            _ => x.CompareTo(y),
        };
    }

    /// <summary>A descending view over an id-ordered list without copying it.</summary>
    private sealed class ReversedList<T> : IReadOnlyList<T>
    {
        private readonly IReadOnlyList<T> inner;

        public ReversedList(IReadOnlyList<T> inner) => this.inner = inner;

        public int Count => inner.Count;

        public T this[int index] => inner[inner.Count - 1 - index];

        public IEnumerator<T> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return this[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

/// <summary>
/// Builds the list envelope {total, pageSize, data} as each list's documentation prints it: a timestamp only where
/// it is printed (categories 2.3.1, branches 2.7), no pageSize where none is printed (customer groups, voucher
/// campaigns, vouchers); removed ids are added by the list that reports them.
/// </summary>
internal static class ListEnvelope
{
    public static JsonObject Build<T>(IReadOnlyList<T> ordered, PageRequest page, Func<T, JsonNode?> toJson, DateTime? timestamp = null, bool echoPageSize = true)
    {
        var data = new JsonArray();
        for (var i = page.CurrentItem; i < ordered.Count && i < page.CurrentItem + page.PageSize; i++)
        {
            data.Add(toJson(ordered[i]));
        }

        var envelope = new JsonObject { ["total"] = ordered.Count };
        if (echoPageSize)
        {
            envelope["pageSize"] = page.PageSize;
        }

        envelope["data"] = data;
        if (timestamp is { } at)
        {
            envelope["timestamp"] = SandboxJson.FormatLocal(at);
        }

        return envelope;
    }

    public static void AddRemovedIds(JsonObject envelope, string propertyName, IEnumerable<long> ids) =>
        envelope[propertyName] = new JsonArray(ids.Select(id => (JsonNode?)id).ToArray());
}
