using System;
using System.Collections.Generic;

namespace KiotViet.Json;

/// <summary>A list response: <c>{ total, pageSize, data, removedIds, timestamp }</c>; some lists have no pageSize or timestamp.</summary>
internal sealed class PageEnvelope<T>
{
    /// <summary>Null when the answer has none (a malformed answer the listing must not believe).</summary>
    public int? Total { get; set; }

    public int PageSize { get; set; }

    public List<T>? Data { get; set; }

    // The documentation spells the removed-id list four ways, per endpoint (customers and products removeId, branches
    // and categories removedIds, suppliers removedId, users and bank accounts removeIds): all are read, anywhere.
    public List<long>? RemovedIds { get; set; }

    public List<long>? RemovedId { get; set; }

    public List<long>? RemoveId { get; set; }

    public List<long>? RemoveIds { get; set; }

    public DateTimeOffset? Timestamp { get; set; }

    public IReadOnlyList<long> AllRemovedIds
    {
        get
        {
            var all = new List<long>();
            foreach (var list in new[] { RemovedIds, RemovedId, RemoveId, RemoveIds })
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
