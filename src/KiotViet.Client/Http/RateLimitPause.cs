using System;

namespace KiotViet.Http;

/// <summary>
/// The connection's pause after a 429: the API counts the shop's requests, not one request's, so when it says "wait",
/// every request of the connection waits (the writes a bulk run keeps in flight too), not only the one refused.
/// </summary>
internal sealed class RateLimitPause
{
    private readonly TimeProvider time;
    private readonly object sync = new();
    private DateTimeOffset until = DateTimeOffset.MinValue;

    public RateLimitPause(TimeProvider time) => this.time = time;

    /// <summary>When the pause ends (in the past when there is none).</summary>
    public DateTimeOffset Until
    {
        get
        {
            lock (sync)
            {
                return until;
            }
        }
    }

    /// <summary>No request is sent for this long from now (a longer pause already running stays); returns when it ends.</summary>
    public DateTimeOffset Extend(TimeSpan delay)
    {
        lock (sync)
        {
            var end = time.GetUtcNow() + delay;
            if (end > until)
            {
                until = end;
            }

            return until;
        }
    }

    /// <summary>How long a request must still wait before it is sent; zero when there is no pause.</summary>
    public TimeSpan Remaining
    {
        get
        {
            lock (sync)
            {
                var left = until - time.GetUtcNow();
                return left > TimeSpan.Zero ? left : TimeSpan.Zero;
            }
        }
    }
}
