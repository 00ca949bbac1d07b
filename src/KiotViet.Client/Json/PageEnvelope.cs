using System;
using System.Collections.Generic;

namespace KiotViet.Json;

/// <summary>A list response: <c>{ total, pageSize, data, removedIds, timestamp }</c>.</summary>
internal sealed class PageEnvelope<T>
{
    /// <summary>Null when the answer has none (a malformed answer the listing must not believe).</summary>
    public int? Total { get; set; }

    public int PageSize { get; set; }

    public List<T>? Data { get; set; }

    // The documentation spells the removed-id list three ways; real responses use the first.
    public List<long>? RemovedIds { get; set; }

    public List<long>? RemoveId { get; set; }

    public List<long>? RemoveIds { get; set; }

    public DateTimeOffset? Timestamp { get; set; }

    public IReadOnlyList<long> AllRemovedIds
    {
        get
        {
            var all = new List<long>();
            foreach (var list in new[] { RemovedIds, RemoveId, RemoveIds })
            {
                if (list != null)
                {
                    all.AddRange(list);
                }
            }

            return all;
        }
    }
}
