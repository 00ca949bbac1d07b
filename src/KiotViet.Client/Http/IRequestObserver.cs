using System;

namespace KiotViet;

/// <summary>
/// Receives what the client does on the caller's behalf (requests, retries, waits). Calls can arrive on any
/// thread: a PowerShell host queues them and writes them from the pipeline thread.
/// </summary>
public interface IRequestObserver
{
    void Verbose(string message);

    void Debug(string message);

    /// <summary>Something the caller must know about the result, e.g. rows of a malformed page that were skipped.</summary>
    void Warning(string message);

    /// <summary>The client is about to wait (back-off, Retry-After, request budget) before going on.</summary>
    void Waiting(TimeSpan delay, string reason);
}
