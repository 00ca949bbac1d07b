using System;
using System.IO;
using System.Management.Automation;
using KiotViet.Paging;
using KiotViet.Sync;

namespace KiotViet.Commands.Infrastructure;

/// <summary>
/// The -SyncState parameter's plumbing: the state file's path and lock, what cannot be combined with it, and the
/// saves: progress as the run goes (one page behind), where it stopped when stopped, the next state at its end.
/// </summary>
internal sealed class IncrementalSync : IDisposable
{
    private static readonly string[] ConflictingParameters = { "ModifiedSince", "OrderBy", "Descending", "First", "Skip" };

    private readonly IncrementalRun run;
    private readonly SyncStateLock held;
    private bool finished;

    private IncrementalSync(IncrementalRun run, string path, SyncStateLock held)
    {
        this.run = run;
        Path = path;
        this.held = held;
    }

    /// <summary>The state file.</summary>
    public string Path { get; }

    /// <summary>Where to start reading (UTC); null on the first run.</summary>
    public DateTime? ModifiedSince => run.ModifiedSince?.UtcDateTime;

    /// <summary>Where the unfinished run this one resumes stopped; null when it starts its window from the start.</summary>
    public ListingCheckpoint? ResumeAt => run.ResumeAt;

    /// <summary>Throws a terminating error when -SyncState is combined with a parameter that would make the run partial.</summary>
    public static void RequireCompatible(PSCmdlet cmdlet)
    {
        foreach (var name in ConflictingParameters)
        {
            if (cmdlet.MyInvocation.BoundParameters.ContainsKey(name))
            {
                cmdlet.ThrowTerminatingError(ErrorRecords.InvalidInput(
                    "KiotVietSyncStateConflict",
                    $"-SyncState reads every change since the last run in server order; it cannot be combined with -{name}.",
                    name));
            }
        }
    }

    /// <summary>Null when no state file was given. Takes the state's lock: dispose to let it go.</summary>
    public static IncrementalSync? Open(PSCmdlet cmdlet, string? path, string entity, string retailer)
    {
        if (path is null)
        {
            return null;
        }

        var resolved = cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(path);
        try
        {
            SyncState.RequireWritable(resolved);
        }
        catch (IOException ex)
        {
            cmdlet.ThrowTerminatingError(new ErrorRecord(ex, "KiotVietSyncStateNotWritable", ErrorCategory.WriteError, resolved));
            throw;
        }

        SyncStateLock held;
        try
        {
            held = SyncStateLock.Acquire(resolved);
        }
        catch (SyncStateInUseException ex)
        {
            cmdlet.ThrowTerminatingError(new ErrorRecord(ex, "KiotVietSyncStateInUse", ErrorCategory.ResourceBusy, resolved));
            throw;
        }

        try
        {
            return new IncrementalSync(new IncrementalRun(SyncState.Load(resolved), entity, retailer, IncrementalRun.DefaultOverlap), resolved, held);
        }
        catch (Exception ex) when (ex is InvalidDataException or ArgumentException)
        {
            held.Dispose();
            cmdlet.ThrowTerminatingError(new ErrorRecord(ex, "KiotVietInvalidSyncState", ErrorCategory.InvalidData, resolved));
            throw;
        }
    }

    public bool Admit(IKiotVietEntity item) => item is not ITrackedEntity tracked || run.Admit(tracked);

    /// <summary>The item was handed out.</summary>
    public void Delivered(IKiotVietEntity item)
    {
        if (item is ITrackedEntity tracked)
        {
            run.Delivered(tracked);
        }
    }

    public bool AdmitRemoval(long id) => run.AdmitRemoval(id);

    /// <summary>The removed ids to report at the end, with those the resumed run's pages reported.</summary>
    public System.Collections.Generic.IEnumerable<long> RemovedIds<T>(PagedListing<T> listing)
        where T : class, IKiotVietEntity => run.RemovedIds(listing);

    /// <summary>Call before handing out each item: saves the progress when the item opens a page.</summary>
    public void Reached<T>(PagedListing<T> listing)
        where T : class, IKiotVietEntity => run.Reached(listing)?.Save(Path);

    /// <summary>Saves where the run stopped before its end; the next run goes on from there.</summary>
    public void Stopped<T>(PagedListing<T> listing, bool currentHandedOut)
        where T : class, IKiotVietEntity
    {
        if (!finished)
        {
            run.Stopped(listing, currentHandedOut).Save(Path);
        }
    }

    /// <summary>Saves the next state; call only when the listing was read to its end. Returns the file's path.</summary>
    public string Complete<T>(PagedListing<T> listing)
        where T : class, IKiotVietEntity
    {
        run.Complete(listing).Save(Path);
        finished = true;
        return Path;
    }

    public void Dispose() => held.Dispose();
}
