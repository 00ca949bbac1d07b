using System;
using System.Collections.Generic;

namespace KiotViet.Paging;

/// <summary>One page as the API returned it, before the listing checks it.</summary>
internal sealed class Page<T>
{
    public Page(string request, bool hasData, IReadOnlyList<T> rows, int positions, int? total, int echoedPageSize, IReadOnlyList<long> removedIds, DateTimeOffset? timestamp)
    {
        Request = request;
        HasData = hasData;
        Rows = rows;
        Positions = positions;
        Total = total;
        EchoedPageSize = echoedPageSize;
        RemovedIds = removedIds;
        Timestamp = timestamp;
    }

    /// <summary>The request that brought it, e.g. <c>GET /customers?pageSize=100&amp;currentItem=95</c>, for messages.</summary>
    public string Request { get; }

    /// <summary>False when the answer had no <c>data</c> list (missing or null).</summary>
    public bool HasData { get; }

    /// <summary>The rows that are not null.</summary>
    public IReadOnlyList<T> Rows { get; }

    /// <summary>Entries of <c>data</c>, null rows included: how far the page moves the offset.</summary>
    public int Positions { get; }

    public int NullRows => Positions - Rows.Count;

    /// <summary>The total as sent; null when missing.</summary>
    public int? Total { get; }

    public int EchoedPageSize { get; }

    public IReadOnlyList<long> RemovedIds { get; }

    public DateTimeOffset? Timestamp { get; }
}

internal delegate System.Threading.Tasks.Task<Page<T>> PageFetcher<T>(long offset, int size, System.Threading.CancellationToken cancellationToken);
