using System;

namespace KiotViet.Http;

/// <summary>
/// Since when KiotViet has been failing this connection (5xx, timeouts, dropped or refused connections), so a wait
/// can say how long the service has been unavailable; any answer ends it.
/// </summary>
internal sealed class Outage
{
    private readonly object gate = new();
    private DateTimeOffset? since;

    public DateTimeOffset Began(DateTimeOffset now)
    {
        lock (gate)
        {
            since ??= now;
            return since.Value;
        }
    }

    public void Ended()
    {
        lock (gate)
        {
            since = null;
        }
    }
}
