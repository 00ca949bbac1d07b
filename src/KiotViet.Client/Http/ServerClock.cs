using System;

namespace KiotViet.Http;

/// <summary>
/// The server's time, estimated from the Date header of its answers, so that "created since the write began"
/// is judged by KiotViet's own timestamps and not by this machine's clock, which may be off by minutes.
/// </summary>
internal sealed class ServerClock
{
    private readonly TimeProvider localClock;
    private long offsetTicks;

    public ServerClock(TimeProvider? localClock = null) => this.localClock = localClock ?? TimeProvider.System;

    /// <summary>The server's time now (this machine's time until an answer carried a Date header).</summary>
    public DateTimeOffset Now => localClock.GetUtcNow().AddTicks(System.Threading.Interlocked.Read(ref offsetTicks));

    public void Observe(DateTimeOffset? serverDate)
    {
        if (serverDate is { } date)
        {
            System.Threading.Interlocked.Exchange(ref offsetTicks, (date - localClock.GetUtcNow()).Ticks);
        }
    }
}
