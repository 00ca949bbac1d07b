using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;

namespace KiotViet.Sync;

/// <summary>
/// Keeps a second run off a state file while one is using it: a lock file beside the state (<c>state.json.lock</c>),
/// held open for exclusive use (FileShare.None: a mandatory lock on Windows, flock on Linux and macOS) for as long as
/// the run lasts. The operating system lets go of it when the process ends, however it ends, so a killed run never
/// leaves a lock that blocks the next one. The file itself stays (it names the last run that held it); deleting it
/// while no run is going is harmless. Removing it on release would let two runs starting at that moment both lock.
/// </summary>
public sealed class SyncStateLock : IDisposable
{
    private readonly FileStream stream;

    private SyncStateLock(FileStream stream, string path)
    {
        this.stream = stream;
        Path = path;
    }

    /// <summary>The lock file's path.</summary>
    public string Path { get; }

    /// <summary>The lock file for a state file.</summary>
    public static string PathFor(string statePath) => System.IO.Path.GetFullPath(statePath) + ".lock";

    /// <summary>Takes the lock, or throws <see cref="SyncStateInUseException"/> when another run holds it.</summary>
    public static SyncStateLock Acquire(string statePath)
    {
        var path = PathFor(statePath);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
        }
        catch (IOException ex) when (ex is not FileNotFoundException and not DirectoryNotFoundException and not PathTooLongException)
        {
            throw new SyncStateInUseException(System.IO.Path.GetFullPath(statePath), path, ex);
        }

        try
        {
            using var process = Process.GetCurrentProcess();
            var holder = Encoding.UTF8.GetBytes(string.Format(CultureInfo.InvariantCulture, "process {0} on {1} since {2:yyyy-MM-dd HH:mm:ss} UTC\n", process.Id, Environment.MachineName, DateTimeOffset.UtcNow));
            stream.SetLength(0);
            stream.Write(holder, 0, holder.Length);
            stream.Flush(flushToDisk: false);
        }
        catch (IOException)
        {
            // Who holds the lock is a courtesy for the error message; the lock is the open handle.
        }

        return new SyncStateLock(stream, path);
    }

    public void Dispose() => stream.Dispose();
}

/// <summary>Another run is using the same state file.</summary>
public sealed class SyncStateInUseException : IOException
{
    public SyncStateInUseException(string statePath, string lockPath, Exception inner)
        : base($"The sync state '{statePath}' is in use by another run (its lock file '{lockPath}' is held open). Two runs on one state would hand out the same rows twice and overwrite each other's progress: wait for the other run to end, or give this one its own state file. A run that was killed holds nothing: its lock ends with its process.", inner)
    {
        StatePath = statePath;
    }

    public string StatePath { get; }
}
