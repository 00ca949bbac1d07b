using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace KiotViet.Webhooks.Receiving;

/// <summary>
/// The receiver's journal (docs/design.md, "Receiving webhooks"): one JSON object per line, appended and flushed to disk
/// before the delivery is answered. <c>{"add":key,"keys":[..],"at":..,"body":base64}</c> records an accepted delivery,
/// <c>{"took":key,"n":k}</c> that its first k events reached the pipeline, <c>{"done":key}</c> that all did, and
/// <c>{"seen":[..]}</c> the keys of finished deliveries kept to drop their retries after a restart. Opening it keeps what
/// is unfinished and rewrites the file compactly; a torn last line (a crash mid-write) is ignored.
/// </summary>
internal sealed class WebhookJournal : IDisposable
{
    private readonly FileStream file;
    private readonly object writing = new();

    private WebhookJournal(FileStream file, IReadOnlyList<JournalEntry> pending, IReadOnlyList<string> seen)
    {
        this.file = file;
        Pending = pending;
        Seen = seen;
    }

    /// <summary>Deliveries accepted but not wholly output by an earlier run, oldest first.</summary>
    public IReadOnlyList<JournalEntry> Pending { get; }

    /// <summary>Keys of deliveries an earlier run finished, oldest first.</summary>
    public IReadOnlyList<string> Seen { get; }

    /// <exception cref="IOException">The journal cannot be read or written, or another receiver has it open.</exception>
    public static WebhookJournal Open(string path, int seenCapacity)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        // Held shut to others while read: a second receiver on the same journal fails here, not later.
        List<JournalEntry> pending;
        List<string> seen;
        using (var current = new FileStream(full, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            (pending, seen) = Read(current, seenCapacity);
        }

        // The compact form goes to a new file that replaces the old one whole, so a crash meanwhile loses nothing.
        var compact = full + ".new";
        using (var next = new FileStream(compact, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            Write(next, pending, seen);
            next.Flush(flushToDisk: true);
        }

        File.Replace(compact, full, null);
        var file = new FileStream(full, FileMode.Append, FileAccess.Write, FileShare.None);
        return new WebhookJournal(file, pending, seen);
    }

    public void Added(IReadOnlyList<string> keys, byte[] body, DateTimeOffset receivedAt) => Append(AddLine(keys, body, receivedAt));

    public void Took(string key, int events) => Append(TookLine(key, events));

    public void Done(string key) => Append(Line(w => w.WriteString("done", key)));

    public void Dispose()
    {
        lock (writing)
        {
            file.Dispose();
        }
    }

    private void Append(byte[] line)
    {
        lock (writing)
        {
            file.Write(line, 0, line.Length);
            file.Flush(flushToDisk: true);
        }
    }

    private static byte[] AddLine(IReadOnlyList<string> keys, byte[] body, DateTimeOffset receivedAt) => Line(w =>
    {
        w.WriteString("add", keys[0]);
        w.WriteStartArray("keys");
        foreach (var key in keys)
        {
            w.WriteStringValue(key);
        }

        w.WriteEndArray();
        w.WriteString("at", receivedAt);
        w.WriteBase64String("body", body);
    });

    private static byte[] TookLine(string key, int events) => Line(w =>
    {
        w.WriteString("took", key);
        w.WriteNumber("n", events);
    });

    private static byte[] Line(Action<Utf8JsonWriter> fields)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            fields(writer);
            writer.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static (List<JournalEntry> Pending, List<string> Seen) Read(FileStream file, int seenCapacity)
    {
        var pending = new List<JournalEntry>();
        var byKey = new Dictionary<string, JournalEntry>(StringComparer.Ordinal);
        var seen = new List<string>();
        file.Position = 0;
        using var reader = new StreamReader(file, new UTF8Encoding(false), false, 4096, leaveOpen: true);
        string? text;
        while ((text = reader.ReadLine()) is not null)
        {
            if (text.Length == 0)
            {
                continue;
            }

            JsonDocument line;
            try
            {
                line = JsonDocument.Parse(text);
            }
            catch (JsonException)
            {
                continue; // the torn tail of a write cut short by a crash: that delivery was never answered
            }

            using (line)
            {
                var root = line.RootElement;
                if (root.TryGetProperty("add", out var add))
                {
                    var entry = new JournalEntry(
                        root.GetProperty("keys").EnumerateArray().Select(k => k.GetString()!).ToList(),
                        root.GetProperty("body").GetBytesFromBase64(),
                        root.GetProperty("at").GetDateTimeOffset());
                    byKey[add.GetString()!] = entry;
                    pending.Add(entry);
                }
                else if (root.TryGetProperty("took", out var took) && byKey.TryGetValue(took.GetString()!, out var partial))
                {
                    partial.Taken = root.GetProperty("n").GetInt32();
                }
                else if (root.TryGetProperty("done", out var done) && byKey.TryGetValue(done.GetString()!, out var finished))
                {
                    pending.Remove(finished);
                    byKey.Remove(done.GetString()!);
                    seen.AddRange(finished.Keys);
                }
                else if (root.TryGetProperty("seen", out var keys))
                {
                    seen.AddRange(keys.EnumerateArray().Select(k => k.GetString()!));
                }
            }
        }

        return (pending, seen.Skip(Math.Max(0, seen.Count - seenCapacity)).ToList());
    }

    private static void Write(FileStream file, List<JournalEntry> pending, List<string> seen)
    {
        using var buffer = new MemoryStream();
        if (seen.Count > 0)
        {
            var line = Line(w =>
            {
                w.WriteStartArray("seen");
                foreach (var key in seen)
                {
                    w.WriteStringValue(key);
                }

                w.WriteEndArray();
            });
            buffer.Write(line, 0, line.Length);
        }

        foreach (var entry in pending)
        {
            var add = AddLine(entry.Keys, entry.Body, entry.ReceivedAt);
            buffer.Write(add, 0, add.Length);
            if (entry.Taken > 0)
            {
                var took = TookLine(entry.Keys[0], entry.Taken);
                buffer.Write(took, 0, took.Length);
            }
        }

        var bytes = buffer.ToArray();
        file.Write(bytes, 0, bytes.Length);
        file.Flush(flushToDisk: true);
    }
}

/// <summary>A delivery as the journal holds it.</summary>
internal sealed class JournalEntry
{
    public JournalEntry(IReadOnlyList<string> keys, byte[] body, DateTimeOffset receivedAt)
    {
        Keys = keys;
        Body = body;
        ReceivedAt = receivedAt;
    }

    public IReadOnlyList<string> Keys { get; }

    public byte[] Body { get; }

    public DateTimeOffset ReceivedAt { get; }

    public int Taken { get; set; }
}
