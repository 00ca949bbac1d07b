using System;
using System.Collections.Generic;

namespace KiotViet.Paging;

/// <summary>One page as the API returned it.</summary>
internal sealed class Page<T>
{
    public Page(IReadOnlyList<T> rows, int total, int echoedPageSize, IReadOnlyList<long> removedIds, DateTimeOffset? timestamp)
    {
        Rows = rows;
        Total = total;
        EchoedPageSize = echoedPageSize;
        RemovedIds = removedIds;
        Timestamp = timestamp;
    }

    public IReadOnlyList<T> Rows { get; }

    public int Total { get; }

    public int EchoedPageSize { get; }

    public IReadOnlyList<long> RemovedIds { get; }

    public DateTimeOffset? Timestamp { get; }
}

internal delegate System.Threading.Tasks.Task<Page<T>> PageFetcher<T>(long offset, int size, System.Threading.CancellationToken cancellationToken);
