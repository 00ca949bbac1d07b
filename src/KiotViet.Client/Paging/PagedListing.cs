using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace KiotViet.Paging;

/// <summary>
/// Streams a KiotViet listing item by item as pages arrive. Offset paging over live data is unreliable, so it:
/// advances by the rows actually received (the server may cap the page size); starts each page a row (five, once rows
/// have moved) before the previous one ended and steps back when that row is not one already read (rows before the
/// offset were deleted and the rest shifted left); de-duplicates ids, so a row is neither skipped for that reason nor returned
/// twice; skips summary rows with negative ids; ends on an empty page or once the latest total is reached. Every page
/// is checked before it is believed (<see cref="PageInspector{T}"/>): a malformed answer is handled with a warning or
/// ends the listing with an error, never with a silent partial result. Up to <c>readAhead</c> pages are requested
/// before they are needed, and items still come out in order. Requests stop as soon as the consumer stops enumerating
/// or the token is cancelled.
/// </summary>
public sealed class PagedListing<T> : IEnumerable<T>
    where T : class, IKiotVietEntity
{
    private readonly PageFetcher<T> fetch;
    private readonly PageRequest request;
    private readonly int readAhead;
    private readonly ListingLimits limits;
    private readonly CancellationToken cancellationToken;
    private readonly HashSet<long> removedIds = new();
    private Action<Task> wait = task => task.GetAwaiter().GetResult();
    private List<long> previousPageIds = new();
    private List<long> currentPageIds = new();
    private long nextRow;
    private long itemsSoFar;

    internal PagedListing(PageFetcher<T> fetch, PageRequest request, int readAhead, ListingLimits limits, CancellationToken cancellationToken)
    {
        this.fetch = fetch;
        this.request = request;
        this.readAhead = Math.Max(1, readAhead);
        this.limits = limits;
        this.cancellationToken = cancellationToken;
        var resume = ResumedAt > 0 ? request.ResumeAt : null;
        nextRow = resume?.Next ?? request.Skip;
        itemsSoFar = resume?.ItemsBefore ?? 0;
        PageNumber = resume?.Page ?? 0;
        previousPageIds = resume?.RecentIds.ToList() ?? new List<long>();
    }

    /// <summary>Pages received so far.</summary>
    public int PagesFetched { get; private set; }

    /// <summary>The total the API reported with the latest page; null before the first page and when the server's total cannot be true.</summary>
    public int? Total { get; private set; }

    /// <summary>How many items this read will return, as far as the latest total tells (after -Skip, up to -First, after where it resumed).</summary>
    public long? ExpectedItems => Total is { } total ? Math.Min(Math.Max(0, total - Math.Max(request.Skip, ResumedAt)), request.First ?? long.MaxValue) : null;

    /// <summary>The offset this read resumed at (<see cref="PageRequest.ResumeAt"/>), else 0.</summary>
    public long ResumedAt => request.ResumeAt is { } resume && resume.Next > request.Skip ? resume.Next : 0;

    /// <summary>Where the listing stands after the last item returned: where a later read would resume.</summary>
    public ListingCheckpoint Position => Checkpoint(nextRow, itemsSoFar, PageNumber, previousPageIds, currentPageIds);

    /// <summary>Where the listing stood before the last item returned: where to resume when that item was not handed out.</summary>
    public ListingCheckpoint PositionBeforeLast
    {
        get
        {
            if (currentPageIds.Count == 0)
            {
                return Position;
            }

            var last = currentPageIds[currentPageIds.Count - 1];
            var before = Checkpoint(nextRow - 1, itemsSoFar - 1, currentPageIds.Count == 1 ? PageNumber - 1 : PageNumber, previousPageIds, currentPageIds.Take(currentPageIds.Count - 1).ToList());
            before.RecentIds.Remove(last);
            return before;
        }
    }

    /// <summary>Where the listing stood before the first item of the page the last item came from.</summary>
    public ListingCheckpoint? PageStart { get; private set; }

    /// <summary>Counts the pages items were returned from (over every run of the listing, when it resumed).</summary>
    public int PageNumber { get; private set; }

    /// <summary>Rows asked for per request.</summary>
    public int PageSize => request.PageSize;

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
        // A resumed read starts where the earlier one stopped, knowing the ids it read last: its first page overlaps
        // them like any later page, so rows that moved meanwhile are stepped back for and rows read are not repeated.
        var seen = new HashSet<long>(previousPageIds);
        var inspector = new PageInspector<T>(limits);
        var remaining = request.First ?? long.MaxValue;
        var next = nextRow;
        var pageSize = request.PageSize;
        var rowsMoved = false;
        var lookingBackOnResume = false;
        try
        {
            while (remaining > 0)
            {
                var overlap = OverlapFor(pageSize, rowsMoved);
                var lead = seen.Count == 0 ? 0 : (int)Math.Min(overlap, next - request.Skip);
                var from = next - lead;
                if (pending.Count > 0 && pending.First!.Value.Offset != from)
                {
                    Discard(pending);
                }

                Plan(pending, from, lead, pageSize, overlap, remaining);
                if (pending.Count == 0)
                {
                    yield break;
                }

                var head = pending.First!.Value;
                pending.RemoveFirst();
                wait(head.Task);
                var page = head.Task.GetAwaiter().GetResult();
                Record(page);
                Total = inspector.Inspect(page, head.Offset, seen);
                if (page.Positions == 0)
                {
                    yield break;
                }

                var fresh = page.Rows.Where(r => r.Id > 0 && !seen.Contains(r.Id)).Select(r => r.Id).Distinct().Count();
                if (head.Lead > 0 && head.Offset > request.Skip && !StartsWithSeenRow(page, seen))
                {
                    // The page should begin with rows already read. It does not: more rows before it were deleted
                    // than the overlap covers, and the rest shifted left past its start. Step back and read again;
                    // rows already returned are dropped as duplicates. The data is changing: overlap more from now on.
                    rowsMoved = true;
                    next = Math.Max(request.Skip, head.Offset - Math.Max(1, pageSize - head.Lead)) + head.Lead;
                    var lookBack = (long)Math.Max(1, limits.MaxPagesWithoutProgress - 2) * request.PageSize;
                    if (ResumedAt > 0 && next > request.Skip && next < ResumedAt - lookBack)
                    {
                        // A resumed read steps back to find the rows it read last. They are not within the pages it
                        // may step back over: too much moved while no run was going. Reading on from a guess could
                        // skip rows, so it reads the window again from its start (repeats, nothing lost).
                        RequestObservation.Current?.Warning($"The rows this listing read last before it was stopped are no longer where they were (more than {lookBack} rows before them were removed or moved), so it reads its window again from the start: rows handed out before it stopped come again.");
                        next = request.Skip;
                        inspector = new PageInspector<T>(limits);
                        continue;
                    }

                    inspector.Progressed(page, next, Total, freshRows: 0);
                    lookingBackOnResume = ResumedAt > 0;
                    continue;
                }

                if (lookingBackOnResume)
                {
                    // Found the rows read last: the pages from here up to where the read resumed bring rows that
                    // moved back before it, which is progress although the offsets were passed before.
                    lookingBackOnResume = false;
                    inspector = new PageInspector<T>(limits);
                }

                next = head.Offset + page.Positions;
                inspector.Progressed(page, next, Total, fresh);
                if (page.Positions < head.Size && (Total is null || next < Total))
                {
                    pageSize = Math.Max(1, page.EchoedPageSize is > 0 and < PageRequest.MaxPageSize ? Math.Min(page.EchoedPageSize, page.Positions) : page.Positions);
                }

                var pageStarted = false;
                for (var index = 0; index < page.Rows.Count; index++)
                {
                    var row = page.Rows[index];
                    if (row.Id <= 0 || !seen.Add(row.Id))
                    {
                        continue;
                    }

                    if (!pageStarted)
                    {
                        pageStarted = true;
                        PageStart = Position;
                        if (currentPageIds.Count > 0)
                        {
                            previousPageIds = currentPageIds;
                        }

                        currentPageIds = new List<long>();
                        PageNumber++;
                    }

                    currentPageIds.Add(row.Id);
                    // Null entries of the page are not in Rows; counting without them can only place the resume point
                    // early (a row read again, dropped as seen), never late.
                    nextRow = head.Offset + index + 1;
                    itemsSoFar++;
                    ItemsReturned++;
                    remaining--;
                    yield return row;
                    if (remaining == 0)
                    {
                        yield break;
                    }
                }

                if (next >= Total)
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

    /// <summary>
    /// Each page after the first starts before where the previous one ended. Its first row must come back already
    /// seen; if it does not, rows shifted under the listing and it steps back instead of skipping them. Only that
    /// first row is checked, so one row of overlap proves as much as five and costs a request per 99 pages instead
    /// of one per 19. Each step back costs the page and the pages read ahead, so once rows have moved (the data is
    /// changing under the listing) the overlap widens to five rows, which absorbs shifts of up to four rows without
    /// stepping back. Pages too small for an overlap rely on the de-duplication alone.
    /// </summary>
    private static int OverlapFor(int pageSize, bool rowsMoved) => pageSize >= 8 ? Math.Min(rowsMoved ? 5 : 1, pageSize / 4) : 0;

    private static ListingCheckpoint Checkpoint(long next, long items, int pageNumber, List<long> previous, List<long> current) => new()
    {
        Next = next,
        ItemsBefore = items,
        Page = pageNumber,
        RecentIds = previous.Concat(current).Distinct().ToList(),
    };

    private static bool StartsWithSeenRow(Page<T> page, HashSet<long> seen)
    {
        foreach (var row in page.Rows)
        {
            if (row.Id > 0)
            {
                return seen.Contains(row.Id);
            }
        }

        return true;
    }

    private void Plan(LinkedList<PendingPage> pending, long from, int lead, int pageSize, int overlap, long remaining)
    {
        var depth = Total is null ? 1 : readAhead;
        var offset = from;
        var plannedNew = 0L;
        if (pending.Count > 0)
        {
            var last = pending.Last!.Value;
            offset = last.Offset + last.Size - overlap;
            lead = overlap;
            plannedNew = pending.Sum(p => (long)(p.Size - p.Lead));
        }

        while (pending.Count < depth && plannedNew < remaining && (Total is null || offset + lead < Total))
        {
            // remaining is long.MaxValue when reading everything: add the lead only to what cannot overflow.
            var room = remaining - plannedNew;
            var size = room >= pageSize ? pageSize : (int)Math.Min(pageSize, room + lead);
            pending.AddLast(Start(offset, size, lead));
            plannedNew += size - lead;
            offset += size - overlap;
            lead = overlap;
        }
    }

    private PendingPage Start(long offset, int size, int lead)
    {
        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        return new PendingPage(offset, size, lead, fetch(offset, size, cancellation.Token), cancellation);
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

        public PendingPage(long offset, int size, int lead, Task<Page<T>> task, CancellationTokenSource cancellation)
        {
            Offset = offset;
            Size = size;
            Lead = lead;
            Task = task;
            this.cancellation = cancellation;
            task.ContinueWith(_ => cancellation.Dispose(), TaskScheduler.Default);
        }

        public long Offset { get; }

        public int Size { get; }

        /// <summary>Rows at the start of the page that overlap the previous one.</summary>
        public int Lead { get; }

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
