using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace KiotViet.Paging;

/// <summary>
/// Streams a KiotViet listing item by item as pages arrive. Offset paging over live data is unreliable, so it:
/// advances by the rows actually received (the server may cap the page size); reads a page again from further back when
/// the total shrinks (rows before the offset were deleted and the rest shifted left) and de-duplicates ids, so a row is neither
/// skipped for that reason nor returned twice; skips summary rows with negative ids; ends on an empty page or once
/// the latest total is reached. Up to <c>readAhead</c> pages are requested before they are needed, and items still
/// come out in order. Requests stop as soon as the consumer stops enumerating or the token is cancelled.
/// </summary>
public sealed class PagedListing<T> : IEnumerable<T>
    where T : class, IKiotVietEntity
{
    private readonly PageFetcher<T> fetch;
    private readonly PageRequest request;
    private readonly int readAhead;
    private readonly CancellationToken cancellationToken;
    private readonly HashSet<long> removedIds = new();
    private Action<Task> wait = task => task.GetAwaiter().GetResult();

    internal PagedListing(PageFetcher<T> fetch, PageRequest request, int readAhead, CancellationToken cancellationToken)
    {
        this.fetch = fetch;
        this.request = request;
        this.readAhead = Math.Max(1, readAhead);
        this.cancellationToken = cancellationToken;
    }

    /// <summary>Pages received so far.</summary>
    public int PagesFetched { get; private set; }

    /// <summary>The total the API reported with the latest page.</summary>
    public int? Total { get; private set; }

    /// <summary>Items returned so far (after de-duplication).</summary>
    public long ItemsReturned { get; private set; }

    /// <summary>Ids the API reported as removed (when asked to include them).</summary>
    public IReadOnlyCollection<long> RemovedIds => removedIds;

    /// <summary>The server's <c>timestamp</c> of the first page: a clock-safe watermark for the next incremental run.</summary>
    public DateTimeOffset? ServerTimestamp { get; private set; }

    /// <summary>Lets a host do useful work (drain its message queue) while it blocks for the next page.</summary>
    public void WaitWith(Action<Task> waitForPage) => wait = waitForPage;

    public IEnumerator<T> GetEnumerator() => Read();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private IEnumerator<T> Read()
    {
        var pending = new LinkedList<PendingPage>();
        var seen = new HashSet<long>();
        var remaining = request.First ?? long.MaxValue;
        var next = request.Skip;
        var pageSize = request.PageSize;
        try
        {
            while (remaining > 0)
            {
                if (pending.Count > 0 && pending.First!.Value.Offset != next)
                {
                    Discard(pending);
                }

                Plan(pending, next, pageSize, remaining);
                if (pending.Count == 0)
                {
                    yield break;
                }

                var head = pending.First!.Value;
                pending.RemoveFirst();
                wait(head.Task);
                var page = head.Task.GetAwaiter().GetResult();
                Record(page);
                var previousTotal = Total;
                Total = page.Total;
                if (previousTotal is { } before && page.Total < before && head.Offset > 0)
                {
                    // Rows before this page were deleted and the rest shifted left, so this page starts past rows never
                    // read. Read again from where they moved to; the rows already returned are dropped as duplicates.
                    next = Math.Max(0, head.Offset - (before - page.Total));
                    continue;
                }

                if (page.Rows.Count == 0)
                {
                    yield break;
                }

                next = head.Offset + page.Rows.Count;

                if (page.Rows.Count < head.Size && next < page.Total)
                {
                    pageSize = Math.Max(1, page.EchoedPageSize is > 0 and < PageRequest.MaxPageSize ? Math.Min(page.EchoedPageSize, page.Rows.Count) : page.Rows.Count);
                }

                foreach (var row in page.Rows)
                {
                    if (row.Id < 0 || !seen.Add(row.Id))
                    {
                        continue;
                    }

                    ItemsReturned++;
                    remaining--;
                    yield return row;
                    if (remaining == 0)
                    {
                        yield break;
                    }
                }

                if (next >= page.Total)
                {
                    yield break;
                }
            }
        }
        finally
        {
            Discard(pending);
        }
    }

    private void Plan(LinkedList<PendingPage> pending, long next, int pageSize, long remaining)
    {
        var depth = Total is null ? 1 : readAhead;
        var plannedEnd = pending.Count > 0 ? pending.Last!.Value.Offset + pending.Last.Value.Size : next;
        var plannedItems = pending.Sum(p => (long)p.Size);
        while (pending.Count < depth && plannedItems < remaining && (Total is null || plannedEnd < Total))
        {
            var size = (int)Math.Min(pageSize, remaining - plannedItems);
            pending.AddLast(Start(plannedEnd, size));
            plannedEnd += size;
            plannedItems += size;
        }
    }

    private PendingPage Start(long offset, int size)
    {
        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        return new PendingPage(offset, size, fetch(offset, size, cancellation.Token), cancellation);
    }

    private void Record(Page<T> page)
    {
        PagesFetched++;
        ServerTimestamp ??= page.Timestamp;
        foreach (var id in page.RemovedIds)
        {
            removedIds.Add(id);
        }
    }

    private static void Discard(LinkedList<PendingPage> pending)
    {
        foreach (var page in pending)
        {
            page.Cancel();
        }

        pending.Clear();
    }

    private sealed class PendingPage
    {
        private readonly CancellationTokenSource cancellation;

        public PendingPage(long offset, int size, Task<Page<T>> task, CancellationTokenSource cancellation)
        {
            Offset = offset;
            Size = size;
            Task = task;
            this.cancellation = cancellation;
            task.ContinueWith(_ => cancellation.Dispose(), TaskScheduler.Default);
        }

        public long Offset { get; }

        public int Size { get; }

        public Task<Page<T>> Task { get; }

        /// <summary>Stops a page nobody will read; its outcome, even a failure, is deliberately ignored.</summary>
        public void Cancel()
        {
            if (!Task.IsCompleted)
            {
                try
                {
                    cancellation.Cancel();
                }
                catch (ObjectDisposedException)
                {
                    // completed between the check and the cancel
                }
            }

            _ = Task.ContinueWith(t => t.Exception, TaskContinuationOptions.OnlyOnFaulted);
        }
    }
}
