using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace KiotViet.Http;

/// <summary>
/// Client-side pacing of GET requests: at most N in any rolling hour, the way the API counts them.
/// Shared by every connection to the same shop in this process, because the API's budget is the shop's.
/// </summary>
internal sealed class GetRequestBudget
{
    private static readonly ConcurrentDictionary<string, GetRequestBudget> Shared = new(StringComparer.OrdinalIgnoreCase);

    private readonly int limit;
    private readonly TimeSpan window;
    private readonly Func<DateTimeOffset> clock;
    private readonly Queue<DateTimeOffset> sent = new();
    private readonly object gate = new();

    internal GetRequestBudget(int limit, TimeSpan window, Func<DateTimeOffset> clock)
    {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    public int Limit => limit;

    public static GetRequestBudget For(Uri apiBase, string retailer, int limitPerHour) =>
        Shared.GetOrAdd($"{apiBase.GetLeftPart(UriPartial.Authority)}|{retailer}|{limitPerHour}", _ => new GetRequestBudget(limitPerHour, TimeSpan.FromHours(1), () => DateTimeOffset.UtcNow));

    /// <summary>Requests sent in the current window.</summary>
    public int Used
    {
        get
        {
            lock (gate)
            {
                Expire(clock());
                return sent.Count;
            }
        }
    }

    /// <summary>Takes one request from the budget, waiting (cancellably) until one is free.</summary>
    public async Task TakeAsync(Action<TimeSpan>? onWait, CancellationToken cancellationToken)
    {
        while (true)
        {
            var wait = TryTake();
            if (wait == TimeSpan.Zero)
            {
                return;
            }

            onWait?.Invoke(wait);
            await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Zero when a request was taken, else how long until the oldest one leaves the window.</summary>
    internal TimeSpan TryTake()
    {
        lock (gate)
        {
            var now = clock();
            Expire(now);
            if (sent.Count < limit)
            {
                sent.Enqueue(now);
                return TimeSpan.Zero;
            }

            var wait = sent.Peek() + window - now;
            return wait > TimeSpan.Zero ? wait : TimeSpan.FromMilliseconds(1);
        }
    }

    private void Expire(DateTimeOffset now)
    {
        while (sent.Count > 0 && sent.Peek() + window <= now)
        {
            sent.Dequeue();
        }
    }
}
