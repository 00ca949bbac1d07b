namespace KiotViet.Sandbox.Controls;

/// <summary>The documented budget: GET requests per retailer in a rolling hour.</summary>
internal sealed class GetRateLimiter
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);
    private readonly Queue<DateTimeOffset> accepted = new();
    private readonly TimeProvider clock;
    private readonly int initialLimit;
    private int limit;

    public GetRateLimiter(int perHour, TimeProvider clock)
    {
        this.clock = clock;
        initialLimit = limit = perHour;
    }

    public void SetLimit(int perHour)
    {
        lock (accepted)
        {
            limit = perHour;
        }
    }

    public void Reset()
    {
        lock (accepted)
        {
            accepted.Clear();
            limit = initialLimit;
        }
    }

    /// <summary>Counts the request if the budget allows; otherwise returns how long until a slot frees up.</summary>
    public TimeSpan? TryAcquire()
    {
        var now = clock.GetUtcNow();
        lock (accepted)
        {
            while (accepted.Count > 0 && accepted.Peek() <= now - Window)
            {
                accepted.Dequeue();
            }

            if (accepted.Count < limit)
            {
                accepted.Enqueue(now);
                return null;
            }

            return accepted.Count == 0 ? Window : accepted.Peek() + Window - now;
        }
    }
}
