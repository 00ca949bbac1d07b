using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using KiotViet.Paging;

namespace KiotViet.Sync;

/// <summary>
/// What an incremental run carries to the next one, in a small JSON file: a watermark taken from the server
/// (never the local clock), the overlap re-read before it, and what was already delivered inside that overlap.
/// </summary>
public sealed partial class SyncState
{
    private static readonly JsonSerializerOptions FileFormat = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public int FormatVersion { get; set; } = 1;

    /// <summary>"Customer", "Invoice", …: a state file belongs to one listing.</summary>
    public string Entity { get; set; } = "";

    public string Retailer { get; set; } = "";

    /// <summary>Server time up to which every change has been delivered.</summary>
    public DateTimeOffset? Watermark { get; set; }

    /// <summary>How far before the watermark the next run starts reading again.</summary>
    public TimeSpan Overlap { get; set; } = IncrementalRun.DefaultOverlap;

    /// <summary>Records delivered whose change time falls inside the overlap: not delivered again unless changed again.</summary>
    public List<SyncedRecord> Delivered { get; set; } = new();

    /// <summary>Removals already reported, so the overlap does not report them twice.</summary>
    public List<SyncedRecord> Removed { get; set; } = new();

    public int CompletedRuns { get; set; }

    /// <summary>A run that has not reached its end yet: where it stands, so that the next run goes on from there.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public SyncProgress? Progress { get; set; }

    /// <summary>Reads a state file; null when there is none yet (the first run reads everything).</summary>
    public static SyncState? Load(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var state = JsonSerializer.Deserialize<SyncState>(File.ReadAllText(path), FileFormat) ?? throw new InvalidDataException("it holds null");
            state.RequireConsistent();
            return state;
        }
        catch (Exception ex) when (ex is JsonException or InvalidDataException or NotSupportedException)
        {
            throw new InvalidDataException($"The sync state file '{path}' is not valid ({ex.Message}). Fix or delete it; deleting it makes the next run read everything again.", ex);
        }
    }

    /// <summary>
    /// Refuses a path the run could not save to, before anything is read: a folder, a path under a file, a folder
    /// that cannot be created, or one this account cannot write to.
    /// </summary>
    public static void RequireWritable(string path)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new IOException($"The sync state path '{full}' is a folder. Give a file name inside it, e.g. '{Path.Combine(full, "customers.sync.json")}'.");
        }

        var directory = Path.GetDirectoryName(full)!;
        for (var parent = directory; !string.IsNullOrEmpty(parent); parent = Path.GetDirectoryName(parent))
        {
            if (File.Exists(parent))
            {
                throw new IOException($"The sync state path '{full}' lies under '{parent}', which is a file, not a folder.");
            }

            if (Directory.Exists(parent))
            {
                break;
            }
        }

        try
        {
            Directory.CreateDirectory(directory);
            var probe = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.probe");
            using (File.Create(probe, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            throw new IOException($"The sync state cannot be saved in '{directory}' ({ex.Message}). Choose a folder this account can write to.", ex);
        }
    }

    /// <summary>Writes atomically: a crash leaves the previous state, never half a file.</summary>
    public void Save(string path)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(temporary, JsonSerializer.Serialize(this, FileFormat));
        if (File.Exists(full))
        {
            File.Replace(temporary, full, null);
        }
        else
        {
            File.Move(temporary, full);
        }
    }
}

/// <summary>Checks a loaded state: a file edited by hand or written by something else must not break the run half-way.</summary>
public sealed partial class SyncState
{
    private static readonly DateTimeOffset EarliestWatermark = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    internal void RequireConsistent()
    {
        if (FormatVersion != 1)
        {
            throw new InvalidDataException($"formatVersion {FormatVersion} is not one this module writes (1)");
        }

        if (string.IsNullOrWhiteSpace(Entity) || string.IsNullOrWhiteSpace(Retailer))
        {
            throw new InvalidDataException("'entity' and 'retailer' must name the listing and the shop");
        }

        if (Delivered is null || Removed is null || Delivered.Contains(null!) || Removed.Contains(null!))
        {
            throw new InvalidDataException("'delivered' and 'removed' must be lists of records, not null");
        }

        var latest = DateTimeOffset.UtcNow.AddDays(1);
        if (Watermark is { } mark && (mark < EarliestWatermark || mark > latest))
        {
            throw new InvalidDataException($"the watermark {mark:yyyy-MM-dd HH:mm:ss zzz} cannot be a time KiotViet answered at");
        }

        if (Overlap < TimeSpan.Zero || Overlap > TimeSpan.FromDays(7))
        {
            throw new InvalidDataException($"the overlap {Overlap} is not between 0 and 7 days");
        }

        if (CompletedRuns < 0)
        {
            throw new InvalidDataException($"completedRuns {CompletedRuns} is negative");
        }

        if (Progress is { } progress && (progress.Position is null || progress.Position.Next < 0 || progress.Position.RecentIds is null || progress.Delivered is null || progress.Removed is null || progress.Delivered.Contains(null!)))
        {
            throw new InvalidDataException("'progress' must hold a position (next 0 or more, recentIds) and lists of delivered and removed records");
        }
    }
}

/// <summary>How far an unfinished run got: its window, where it stands in the listing, what it delivered near the watermark.</summary>
public sealed class SyncProgress
{
    /// <summary>The change time the run reads from (null on the first run): a resumed run reads the same window.</summary>
    public DateTimeOffset? From { get; set; }

    /// <summary>The server time of the run's first page: the next watermark once the run completes.</summary>
    public DateTimeOffset? Timestamp { get; set; }

    /// <summary>The latest change time read so far (the watermark when the server sends no time).</summary>
    public DateTimeOffset? LatestChange { get; set; }

    /// <summary>Where the listing stands: the next run reads on from here.</summary>
    public ListingCheckpoint Position { get; set; } = new();

    /// <summary>Records handed out before <see cref="Position"/> whose change time falls inside the overlap.</summary>
    public List<SyncedRecord> Delivered { get; set; } = new();

    /// <summary>Removed ids the pages before <see cref="Position"/> reported; reported when the run completes.</summary>
    public List<long> Removed { get; set; } = new();
}

/// <summary>An id with the change time at which it was delivered.</summary>
public sealed class SyncedRecord
{
    public long Id { get; set; }

    public DateTimeOffset? At { get; set; }
}
