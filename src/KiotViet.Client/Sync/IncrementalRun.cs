using System;
using System.Collections.Generic;
using System.Linq;
using KiotViet.Paging;

namespace KiotViet.Sync;

/// <summary>
/// One incremental run over a listing. Reads from the previous watermark minus the overlap, lets through only
/// records not already delivered at the same change time, and produces the next state — which the caller saves
/// only once the run has completed, so an interrupted run is simply repeated.
/// </summary>
public sealed class IncrementalRun
{
    private readonly SyncState? previous;
    private readonly string entity;
    private readonly string retailer;
    private readonly HashSet<(long, DateTimeOffset?)> alreadyDelivered;
    private readonly HashSet<long> alreadyRemoved;
    private readonly List<SyncedRecord> delivered = new();
    private readonly List<long> removed = new();
    private DateTimeOffset? latestChange;

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
        alreadyDelivered = new HashSet<(long, DateTimeOffset?)>(previous?.Delivered.Select(d => (d.Id, d.At)) ?? Enumerable.Empty<(long, DateTimeOffset?)>());
        alreadyRemoved = new HashSet<long>(previous?.Removed.Select(r => r.Id) ?? Enumerable.Empty<long>());
    }

    public TimeSpan Overlap { get; }

    /// <summary>Where this run starts reading; null on the first run (read everything).</summary>
    public DateTimeOffset? ModifiedSince => previous?.Watermark - Overlap;

    public bool IsFirstRun => previous?.Watermark is null;

    /// <summary>True when the record is new or changed since it was last delivered.</summary>
    public bool Admit(ITrackedEntity record)
    {
        if (record.ModifiedDate is { } changed && (latestChange is null || changed > latestChange))
        {
            latestChange = changed;
        }

        if (alreadyDelivered.Contains((record.Id, record.ModifiedDate)))
        {
            return false;
        }

        delivered.Add(new SyncedRecord { Id = record.Id, At = record.ModifiedDate });
        return true;
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

    /// <summary>The state to save after the listing was read to its end.</summary>
    public SyncState Complete<T>(PagedListing<T> listing)
        where T : class, IKiotVietEntity
    {
        var watermark = listing.ServerTimestamp ?? Max(latestChange, previous?.Watermark);
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

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : (a > b ? a : b);
}
