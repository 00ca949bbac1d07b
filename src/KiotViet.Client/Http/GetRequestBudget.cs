using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
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
    private readonly TimeProvider time;
    private readonly Queue<DateTimeOffset> sent = new();
    private readonly object gate = new();

    internal GetRequestBudget(int limit, TimeSpan window, TimeProvider time)
    {
        this.limit = limit;
        this.window = window;
        this.time = time;
    }

    public int Limit => limit;

    /// <summary>The process's budget for this shop; a connection on a clock of its own (a test's) gets a budget of its own.</summary>
    public static GetRequestBudget For(Uri apiBase, string retailer, int limitPerHour, TimeProvider time) =>
        ReferenceEquals(time, TimeProvider.System)
            ? Shared.GetOrAdd($"{apiBase.GetLeftPart(UriPartial.Authority)}|{retailer}|{limitPerHour}", _ => new GetRequestBudget(limitPerHour, TimeSpan.FromHours(1), time))
            : new GetRequestBudget(limitPerHour, TimeSpan.FromHours(1), time);

    /// <summary>Requests sent in the current window.</summary>
    public int Used
    {
        get
        {
            lock (gate)
            {
                Expire(time.GetUtcNow());
                return sent.Count;
            }
        }
    }

    /// <summary>Takes one request from the budget, waiting (cancellably) until one is free; says why it waits.</summary>
    public async Task TakeAsync(Action<TimeSpan, string>? onWait, CancellationToken cancellationToken)
    {
        while (true)
        {
            var wait = TryTake();
            if (wait == TimeSpan.Zero)
            {
                return;
            }

            onWait?.Invoke(wait, Pacing(wait));
            await time.DelayAsync(wait, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>"pacing: 5,000 of 5,000 GETs this hour; next at 14:05" (this machine's time of day).</summary>
    internal string Pacing(TimeSpan wait)
    {
        var next = TimeZoneInfo.ConvertTime(time.GetUtcNow() + wait, time.LocalTimeZone);
        var at = wait < TimeSpan.FromMinutes(1) ? next.ToString("HH:mm:ss", CultureInfo.InvariantCulture) : next.ToString("HH:mm", CultureInfo.InvariantCulture);
        return string.Format(CultureInfo.InvariantCulture, "pacing: {0:N0} of {1:N0} GETs this hour; next at {2}", Used, limit, at);
    }

    /// <summary>Zero when a request was taken, else how long until the oldest one leaves the window.</summary>
    internal TimeSpan TryTake()
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
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
