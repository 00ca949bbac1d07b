using System;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace KiotViet.Http;

/// <summary>
/// The one retry loop (docs/design.md, "Long runs"). A failure the classifier calls transient is tried again with
/// capped exponential back-off (with jitter) or after KiotViet's Retry-After, for a window of time measured from the
/// operation's first failure (<see cref="KiotVietConnectionOptions.RetryWindow"/>), and at most
/// <see cref="KiotVietConnectionOptions.MaxRetries"/> times when that is set. A write is tried again only when KiotViet
/// certainly did not act on it; otherwise the WriteCoordinator reconciles it. Retries of every layer under one
/// operation share its <see cref="RetryScope"/>. After a 429 every request of the connection waits out the same pause
/// (<see cref="RateLimitPause"/>). Waits are on the connection's <see cref="TimeProvider"/> and cancellable.
/// </summary>
internal sealed class RetryPolicy
{
    /// <summary>The longest back-off between two tries of a failing request (a Retry-After may ask for longer).</summary>
    public static readonly TimeSpan BackoffCap = TimeSpan.FromSeconds(30);

    private readonly int? maxRetries;
    private readonly TimeSpan window;
    private readonly TimeSpan initialDelay;
    private readonly TimeSpan maxDelay;
    private readonly TimeProvider time;
    private readonly Random random = new();
    private readonly RateLimitPause rateLimitPause;
    private readonly Outage outage = new();

    public RetryPolicy(int? maxRetries, TimeSpan window, TimeSpan initialDelay, TimeSpan maxDelay, TimeProvider? time = null)
    {
        this.maxRetries = maxRetries;
        this.window = window;
        this.initialDelay = initialDelay;
        this.maxDelay = maxDelay;
        this.time = time ?? TimeProvider.System;
        rateLimitPause = new RateLimitPause(this.time);
    }

    public TimeProvider Time => time;

    // description names the request in messages ("GET /customers"); repeatable is false for writes, which are
    // retried only when the server certainly did not act on them.
    public async Task<T> RunAsync<T>(string description, bool repeatable, Func<CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
    {
        using var _ = RetryScope.Enter(out var scope);
        var pauseWaitedOut = DateTimeOffset.MinValue; // a pause this request waited out in its own back-off
        while (true)
        {
            if (rateLimitPause.Until > pauseWaitedOut && rateLimitPause.Remaining is { } pause && pause > TimeSpan.Zero)
            {
                RequestObservation.Current?.Waiting(pause, $"KiotViet asked this connection to slow down (429); {description} waits with the others");
                await time.DelayAsync(pause, cancellationToken).ConfigureAwait(false);
            }

            KiotVietApiException failure;
            try
            {
                var result = await attempt(cancellationToken).ConfigureAwait(false);
                outage.Ended();
                return result;
            }
            catch (KiotVietApiException caught)
            {
                failure = caught;
            }

            if (ReferenceEquals(failure, scope.GaveUpWith) || !failure.IsTransient || (!repeatable && failure.MayHaveBeenApplied))
            {
                throw failure;
            }

            var delay = NextTry(scope, failure, description, repeatable);
            if (failure.Kind == KiotVietErrorKind.RateLimited)
            {
                // This request waits as long as the connection's pause, and then goes without waiting again.
                pauseWaitedOut = rateLimitPause.Extend(delay);
                delay = Max(delay, pauseWaitedOut - time.GetUtcNow());
            }

            await time.DelayAsync(delay, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Takes a retry from the current operation's patience and says how long to wait before it; throws when the
    /// operation has none left. For a write's resend after a lookup found it not applied, and for the loop above.
    /// </summary>
    public TimeSpan NextTry(KiotVietApiException failure, string description) =>
        NextTry(RetryScope.Current ?? new RetryScope(), failure, description, repeatable: false);

    private TimeSpan NextTry(RetryScope scope, KiotVietApiException failure, string description, bool repeatable)
    {
        var now = time.GetUtcNow();
        var deadline = scope.FailedAt(now) + window;
        var retries = scope.Retries;
        if (retries >= maxRetries || now >= deadline)
        {
            throw GiveUp(scope, retries == 0 ? failure : failure.WithContext($"{failure.Message} Gave up after {retries} retries in {Clock.Spoken(now - scope.FailedAt(now))}."));
        }

        var delay = DelayFor(retries, failure.RetryAfter);
        if (delay > maxDelay)
        {
            throw GiveUp(scope, failure.WithContext(
                $"{failure.Message} KiotViet asked to wait {delay.TotalSeconds:0} s before retrying, longer than the {maxDelay.TotalSeconds:0} s this connection allows."));
        }

        if (now + delay > deadline)
        {
            delay = deadline - now;
        }

        var taken = scope.TakeRetry() + 1;
        var count = maxRetries is { } most ? $"retry {taken} of {most}" : $"retry {taken}";
        var resend = repeatable ? "" : "; KiotViet did not act on it, so sending it again is safe";
        var why = failure.Kind == KiotVietErrorKind.RateLimited
            ? "KiotViet asked to slow down (429)"
            : $"KiotViet unavailable ({Describe(failure)}) for {Clock.Spoken(now - outage.Began(now))}";
        RequestObservation.Current?.Waiting(delay, $"{why}; next try in {Clock.Spoken(delay)}: {description}{resend}, {count}");
        return delay;
    }

    internal TimeSpan DelayFor(int retriesSoFar, RetryConditionHeaderValue? retryAfter)
    {
        var serverDelay = FromRetryAfter(retryAfter, time.GetUtcNow());
        if (serverDelay.HasValue)
        {
            return serverDelay.Value;
        }

        var cap = Math.Min(BackoffCap.TotalMilliseconds, maxDelay.TotalMilliseconds);
        var step = Math.Min(initialDelay.TotalMilliseconds * Math.Pow(2, Math.Min(retriesSoFar, 30)), cap);
        double jitter;
        lock (random)
        {
            jitter = 0.5 + (random.NextDouble() / 2);
        }

        return TimeSpan.FromMilliseconds(step * jitter);
    }

    internal static TimeSpan? FromRetryAfter(RetryConditionHeaderValue? retryAfter, DateTimeOffset now)
    {
        if (retryAfter?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (retryAfter?.Date is { } date)
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    private static KiotVietApiException GiveUp(RetryScope scope, KiotVietApiException failure)
    {
        scope.GaveUpWith = failure;
        return failure;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static string Describe(KiotVietApiException error) =>
        error.StatusCode is { } status ? ((int)status).ToString() : error.Kind switch
        {
            KiotVietErrorKind.Timeout => "no answer in time",
            KiotVietErrorKind.Transport => "connection failed",
            _ => error.Kind.ToString(),
        };
}
