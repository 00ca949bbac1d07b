using System;
using System.IO;
using System.Management.Automation;
using KiotViet.Paging;
using KiotViet.Sync;

namespace KiotViet.Commands.Infrastructure;

/// <summary>The -SyncState parameter's plumbing: the state file's path, what cannot be combined with it, open and save.</summary>
internal sealed class IncrementalSync
{
    private static readonly string[] ConflictingParameters = { "ModifiedSince", "OrderBy", "Descending", "First", "Skip" };

    private readonly IncrementalRun run;
    private readonly string path;

    private IncrementalSync(IncrementalRun run, string path)
    {
        this.run = run;
        this.path = path;
    }

    /// <summary>Where to start reading (UTC); null on the first run.</summary>
    public DateTime? ModifiedSince => run.ModifiedSince?.UtcDateTime;

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

    /// <summary>Null when no state file was given.</summary>
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

        try
        {
            return new IncrementalSync(new IncrementalRun(SyncState.Load(resolved), entity, retailer, IncrementalRun.DefaultOverlap), resolved);
        }
        catch (Exception ex) when (ex is InvalidDataException or ArgumentException)
        {
            cmdlet.ThrowTerminatingError(new ErrorRecord(ex, "KiotVietInvalidSyncState", ErrorCategory.InvalidData, resolved));
            throw;
        }
    }

    public bool Admit(IKiotVietEntity item) => item is not ITrackedEntity tracked || run.Admit(tracked);

    public bool AdmitRemoval(long id) => run.AdmitRemoval(id);

    /// <summary>Saves the next state; call only when the listing was read to its end. Returns the file's path.</summary>
    public string Complete<T>(PagedListing<T> listing)
        where T : class, IKiotVietEntity
    {
        run.Complete(listing).Save(path);
        return path;
    }
}
