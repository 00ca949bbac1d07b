using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace KiotViet.Sync;

/// <summary>
/// What an incremental run carries to the next one, in a small JSON file: a watermark taken from the server
/// (never the local clock), the overlap re-read before it, and what was already delivered inside that overlap.
/// </summary>
public sealed class SyncState
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

    /// <summary>Reads a state file; null when there is none yet (the first run reads everything).</summary>
    public static SyncState? Load(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<SyncState>(File.ReadAllText(path), FileFormat) ?? throw new InvalidDataException("empty");
        }
        catch (Exception ex) when (ex is JsonException or InvalidDataException)
        {
            throw new InvalidDataException($"The sync state file '{path}' is not valid ({ex.Message}). Fix or delete it; deleting it makes the next run read everything again.", ex);
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

/// <summary>An id with the change time at which it was delivered.</summary>
public sealed class SyncedRecord
{
    public long Id { get; set; }

    public DateTimeOffset? At { get; set; }
}
