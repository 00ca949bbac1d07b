using System;
using System.IO;
using System.Management.Automation;
using KiotViet.Sync;

namespace KiotViet.Commands.Infrastructure;

/// <summary>The -SyncState parameter's plumbing: resolve the path, check what cannot be combined, open and save.</summary>
internal static class SyncStateFile
{
    public static readonly string[] ConflictingParameters = { "ModifiedSince", "OrderBy", "Descending", "First", "Skip" };

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

    public static (IncrementalRun Run, string Path) Open(PSCmdlet cmdlet, string path, string entity, string retailer)
    {
        var resolved = cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(path);
        try
        {
            return (new IncrementalRun(SyncState.Load(resolved), entity, retailer, TimeSpan.FromMinutes(5)), resolved);
        }
        catch (Exception ex) when (ex is InvalidDataException or ArgumentException)
        {
            cmdlet.ThrowTerminatingError(new ErrorRecord(ex, "KiotVietInvalidSyncState", ErrorCategory.InvalidData, resolved));
            throw;
        }
    }
}
