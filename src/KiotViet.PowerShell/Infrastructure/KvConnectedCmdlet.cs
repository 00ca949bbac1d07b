using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Paging;

namespace KiotViet.Commands.Infrastructure;

/// <summary>A cmdlet that talks to a shop: -Connection, or else the runspace's current connection.</summary>
public abstract class KvConnectedCmdlet : KvCmdlet
{
    private KiotVietConnection? resolved;

    /// <summary>The connection to use (from Connect-KiotViet -PassThru); defaults to the current one.</summary>
    [Parameter]
    public KiotVietConnection? Connection { get; set; }

    protected KiotVietConnection Shop => resolved ?? throw new PSInvalidOperationException("The connection is resolved in BeginProcessing.");

    /// <summary>
    /// Streams a listing to the pipeline: only what is new when syncing, then the removal records (when
    /// <paramref name="removedEntity"/> is given), the sync state saved once the end is reached, and the total
    /// count when -IncludeTotalCount asked for it.
    /// </summary>
    private protected void WriteListing<T>(Func<PagedListing<T>> open, string activity, IncrementalSync? sync, string? removedEntity, Action<T> emit, object? errorTarget = null)
        where T : class, IKiotVietEntity
    {
        try
        {
            var listing = open();
            foreach (var item in Stream(listing, activity))
            {
                if (sync?.Admit(item) != false)
                {
                    emit(item);
                }
            }

            if (removedEntity is not null)
            {
                foreach (var id in listing.RemovedIds)
                {
                    if (sync?.AdmitRemoval(id) != false)
                    {
                        WriteObject(new RemovedRecord(removedEntity, id));
                    }
                }
            }

            if (sync is not null)
            {
                WriteVerbose($"Sync state saved to {sync.Complete(listing)}.");
            }

            if (PagingParameters is { } paging && paging.IncludeTotalCount && listing.Total is { } total)
            {
                WriteObject(paging.NewTotalCount((ulong)total, 1.0));
            }
        }
        catch (KiotVietApiException ex)
        {
            WriteApiError(ex, errorTarget);
        }
    }

    /// <summary>Reads one item per key (ids, codes) and writes each; a missing or refused one is a per-key error.</summary>
    private protected void WriteEach<TKey, T>(IEnumerable<TKey> keys, Func<TKey, CancellationToken, Task<T>> get, Action<T> emit)
    {
        foreach (var key in keys)
        {
            try
            {
                emit(Await(ct => get(key, ct)));
            }
            catch (KiotVietApiException ex)
            {
                WriteApiError(ex, key);
            }
        }
    }

    protected override void Begin()
    {
        var bound = MyInvocation.BoundParameters;
        if (bound.ContainsKey("SyncState"))
        {
            IncrementalSync.RequireCompatible(this);
        }
        else if (bound.TryGetValue("IncludeRemoved", out var removed) && removed is SwitchParameter { IsPresent: true } && !bound.ContainsKey("ModifiedSince"))
        {
            // The API reports deletions only relative to a time; silently returning none would mislead.
            ThrowTerminatingError(ErrorRecords.InvalidInput("KiotVietIncludeRemovedNeedsModifiedSince", "-IncludeRemoved reports deletions since -ModifiedSince; give -ModifiedSince too (or use -SyncState).", null));
        }

        var connection = Connection ?? ConnectionRegistry.Get();
        if (connection is null || connection.IsDisposed)
        {
            ThrowTerminatingError(ErrorRecords.NotConnected());
        }

        resolved = connection;
    }
}
