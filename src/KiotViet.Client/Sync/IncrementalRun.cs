using System;
using System.Collections.Generic;
using System.Linq;
using KiotViet.Paging;

namespace KiotViet.Sync;

/// <summary>
/// One incremental run over a listing. Reads from the previous watermark minus the overlap, lets through only
/// records not already delivered at the same change time, and produces the states to save: as it goes (one page
/// behind the items handed out, since a consumer may buffer them), exactly where it stopped when stopped in an orderly
/// way, and the next watermark once the listing was read to its end. A run whose state records an unfinished run
/// resumes it: same window, reading on from where it stopped, the records it delivered still counted as delivered.
/// </summary>
public sealed class IncrementalRun
{
    private readonly SyncState? previous;
    private readonly SyncProgress? resumed;
    private readonly string entity;
    private readonly string retailer;
    private readonly HashSet<(long, DateTimeOffset?)> alreadyDelivered;
    private readonly HashSet<long> alreadyRemoved;
    private readonly List<SyncedRecord> delivered = new();
    private readonly List<long> removed = new();
    private DateTimeOffset? latestChange;
    private int pageSeen = -1;
    private ListingCheckpoint? heldStart;
    private int heldDelivered;

    /// <summary>How far before the last watermark a run starts reading, unless the state file says otherwise.</summary>
    public static readonly TimeSpan DefaultOverlap = TimeSpan.FromMinutes(5);

    public IncrementalRun(SyncState? previous, string entity, string retailer, TimeSpan overlap)
    {
        if (previous is not null && (!string.Equals(previous.Entity, entity, StringComparison.OrdinalIgnoreCase) || !string.Equals(previous.Retailer, retailer, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException($"This sync state belongs to {previous.Entity} of shop '{previous.Retailer}', not {entity} of '{retailer}'. Use one state file per listing and shop.");
        }

        this.previous = previous;
        this.entity = entity;
        this.retailer = retailer;
        Overlap = previous?.Overlap ?? overlap;

        // An unfinished run is resumed only over the window it was reading; a state edited since starts afresh.
        resumed = previous?.Progress is { } progress && progress.From == ModifiedSince ? progress : null;
        delivered.AddRange(resumed?.Delivered ?? Enumerable.Empty<SyncedRecord>());
        latestChange = resumed?.LatestChange;
        alreadyDelivered = new HashSet<(long, DateTimeOffset?)>((previous?.Delivered ?? new List<SyncedRecord>()).Concat(delivered).Select(d => (d.Id, d.At)));
        alreadyRemoved = new HashSet<long>(previous?.Removed.Select(r => r.Id) ?? Enumerable.Empty<long>());
    }

    public TimeSpan Overlap { get; }

    /// <summary>Where this run starts reading; null on the first run (read everything).</summary>
    public DateTimeOffset? ModifiedSince => previous?.Watermark - Overlap;

    public bool IsFirstRun => previous?.Watermark is null;

    /// <summary>Where an unfinished run stopped, when this run resumes it; null when it reads its window from the start.</summary>
    public ListingCheckpoint? ResumeAt => resumed?.Position;

    /// <summary>True when the record is new or changed since it was last delivered (call <see cref="Delivered"/> once it was handed out).</summary>
    public bool Admit(ITrackedEntity record)
    {
        if (record.ModifiedDate is { } changed && (latestChange is null || changed > latestChange))
        {
            latestChange = changed;
        }

        return !alreadyDelivered.Contains((record.Id, record.ModifiedDate));
    }

    /// <summary>Records an admitted record as handed out.</summary>
    public void Delivered(ITrackedEntity record)
    {
        if (alreadyDelivered.Add((record.Id, record.ModifiedDate)))
        {
            delivered.Add(new SyncedRecord { Id = record.Id, At = record.ModifiedDate });
        }
    }

    /// <summary>True when this removal was not reported by an earlier run.</summary>
    public bool AdmitRemoval(long id)
    {
        if (!alreadyRemoved.Add(id))
        {
            return false;
        }

        removed.Add(id);
        return true;
    }

    /// <summary>The removed ids the listing reported, with those reported to the run this one resumes.</summary>
    public IEnumerable<long> RemovedIds<T>(PagedListing<T> listing)
        where T : class, IKiotVietEntity =>
        (resumed?.Removed ?? new List<long>()).Concat(listing.RemovedIds).Distinct();

    /// <summary>
    /// Call before handing out each item the listing returned (admitted or not). When the item opens a new page,
    /// returns the progress to save: where the page before the previous one ended. Every item before that point was
    /// handed out a whole page ago; a consumer that buffers less than that has written them.
    /// </summary>
    public SyncState? Reached<T>(PagedListing<T> listing)
        where T : class, IKiotVietEntity
    {
        if (listing.PageNumber == pageSeen)
        {
            return null;
        }

        pageSeen = listing.PageNumber;
        var save = heldStart is { } start ? InProgress(listing, start, heldDelivered) : null;
        heldStart = listing.PageStart;
        heldDelivered = delivered.Count;
        return save;
    }

    /// <summary>
    /// The progress to save when the run stops before its end in an orderly way (Ctrl+C, a stopped pipeline, an error):
    /// exactly after the last item handed out, or before the current one when it was not handed out.
    /// </summary>
    public SyncState Stopped<T>(PagedListing<T> listing, bool currentHandedOut)
        where T : class, IKiotVietEntity =>
        InProgress(listing, currentHandedOut || listing.ItemsReturned == 0 ? listing.Position : listing.PositionBeforeLast, delivered.Count);

    /// <summary>The state to save after the listing was read to its end.</summary>
    public SyncState Complete<T>(PagedListing<T> listing)
        where T : class, IKiotVietEntity
    {
        var watermark = RunTimestamp(listing) ?? Max(latestChange, previous?.Watermark);
        var keepFrom = watermark - Overlap;
        var carried = (previous?.Delivered ?? new List<SyncedRecord>()).Concat(delivered)
            .Where(d => d.At is null || keepFrom is null || d.At >= keepFrom)
            .GroupBy(d => (d.Id, d.At)).Select(g => g.First())
            .ToList();
        var removals = (previous?.Removed ?? new List<SyncedRecord>())
            .Where(r => keepFrom is null || r.At is null || r.At >= keepFrom - Overlap)
            .Concat(removed.Select(id => new SyncedRecord { Id = id, At = watermark }))
            .ToList();

        return new SyncState
        {
            Entity = entity,
            Retailer = retailer,
            Watermark = watermark,
            Overlap = Overlap,
            Delivered = carried,
            Removed = removals,
            CompletedRuns = (previous?.CompletedRuns ?? 0) + 1,
        };
    }

    /// <summary>The server time of the run's first page, in the run this one resumes if any: changes after it are the next run's.</summary>
    private DateTimeOffset? RunTimestamp<T>(PagedListing<T> listing)
        where T : class, IKiotVietEntity =>
        resumed is not null ? resumed.Timestamp : listing.ServerTimestamp;

    private SyncState InProgress<T>(PagedListing<T> listing, ListingCheckpoint at, int deliveredCount)
        where T : class, IKiotVietEntity
    {
        var timestamp = RunTimestamp(listing);
        var keepFrom = (timestamp ?? latestChange) - Overlap;
        return new SyncState
        {
            Entity = entity,
            Retailer = retailer,
            Watermark = previous?.Watermark,
            Overlap = Overlap,
            Delivered = previous?.Delivered ?? new List<SyncedRecord>(),
            // Removals already output (a stop while they were written) count as reported, as after a complete run.
            Removed = (previous?.Removed ?? new List<SyncedRecord>()).Concat(removed.Select(id => new SyncedRecord { Id = id, At = timestamp ?? latestChange })).ToList(),
            CompletedRuns = previous?.CompletedRuns ?? 0,
            Progress = new SyncProgress
            {
                From = ModifiedSince,
                Timestamp = timestamp,
                LatestChange = latestChange,
                Position = at,
                Delivered = delivered.Take(deliveredCount).Where(d => d.At is null || keepFrom is null || d.At >= keepFrom).ToList(),
                Removed = RemovedIds(listing).ToList(),
            },
        };
    }

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : (a > b ? a : b);
}
