namespace KiotViet.Sandbox.Controls;

/// <summary>Thread-safe record of answered requests, for counters and assertions, and of how many ran at once.</summary>
internal sealed class RequestLog
{
    private readonly List<SandboxRequest> entries = new();
    private int inFlight;
    private int mostInFlight;

    /// <summary>The most API requests served at the same time since the log was cleared.</summary>
    public int MostInFlight => Volatile.Read(ref mostInFlight);

    /// <summary>API requests being served now; each is logged only when its answer ends.</summary>
    public int InFlight => Volatile.Read(ref inFlight);

    /// <summary>Counts a request being served until the returned scope ends.</summary>
    public IDisposable Serving()
    {
        var now = Interlocked.Increment(ref inFlight);
        for (var most = MostInFlight; now > most; most = MostInFlight)
        {
            Interlocked.CompareExchange(ref mostInFlight, now, most);
        }

        return new EndOfRequest(this);
    }

    public void Add(SandboxRequest request)
    {
        lock (entries)
        {
            entries.Add(request);
        }
    }

    public IReadOnlyList<SandboxRequest> Snapshot()
    {
        lock (entries)
        {
            return entries.ToArray();
        }
    }

    public int Count(string method, string pathPrefix)
    {
        lock (entries)
        {
            return entries.Count(e => string.Equals(e.Method, method, StringComparison.OrdinalIgnoreCase) && RoutePrefix.Matches(e.Path, pathPrefix));
        }
    }

    public void Clear()
    {
        lock (entries)
        {
            entries.Clear();
        }

        Volatile.Write(ref mostInFlight, Volatile.Read(ref inFlight));
    }

    private sealed class EndOfRequest(RequestLog log) : IDisposable
    {
        private int ended;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref ended, 1) == 0)
            {
                Interlocked.Decrement(ref log.inFlight);
            }
        }
    }
}
