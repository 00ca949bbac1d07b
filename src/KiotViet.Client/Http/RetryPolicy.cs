using System;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace KiotViet.Http;

/// <summary>
/// Where retry happens: runs attempts until one succeeds, the failure is not retryable for this request,
/// or the attempts run out. Waits honour Retry-After, back off exponentially with jitter, and are cancellable;
/// after a 429 every request of the connection waits out the same pause (<see cref="RateLimitPause"/>).
/// </summary>
internal sealed class RetryPolicy
{
    private readonly int maxRetries;
    private readonly TimeSpan initialDelay;
    private readonly TimeSpan maxDelay;
    private readonly Func<DateTimeOffset> clock;
    private readonly Random random = new();
    private readonly RateLimitPause rateLimitPause;

    public RetryPolicy(int maxRetries, TimeSpan initialDelay, TimeSpan maxDelay, Func<DateTimeOffset>? clock = null)
    {
        this.maxRetries = maxRetries;
        this.initialDelay = initialDelay;
        this.maxDelay = maxDelay;
        this.clock = clock ?? (() => DateTimeOffset.UtcNow);
        rateLimitPause = new RateLimitPause(this.clock);
    }

    // description names the request in messages ("GET /customers"); repeatable is false for writes, which are
    // retried only when the server certainly did not act on them.
    public async Task<T> RunAsync<T>(string description, bool repeatable, Func<CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
    {
        var pauseWaitedOut = DateTimeOffset.MinValue; // a pause this request waited out in its own back-off
        for (var retries = 0; ; retries++)
        {
            if (rateLimitPause.Until > pauseWaitedOut && rateLimitPause.Remaining is { } pause && pause > TimeSpan.Zero)
            {
                RequestObservation.Current?.Waiting(pause, $"KiotViet asked this connection to slow down (429); {description} waits with the others");
                await Task.Delay(pause, cancellationToken).ConfigureAwait(false);
            }

            AttemptFailure failure;
            try
            {
                return await attempt(cancellationToken).ConfigureAwait(false);
            }
            catch (AttemptFailure caught)
            {
                failure = caught;
            }

            if (!IsRetryable(failure, repeatable))
            {
                throw failure.Error;
            }

            if (retries >= maxRetries)
            {
                throw Exhausted(failure.Error, retries);
            }

            var delay = DelayFor(retries, failure.RetryAfter);
            if (delay > maxDelay)
            {
                throw failure.Error.WithContext(
                    $"{failure.Error.Message} KiotViet asked to wait {delay.TotalSeconds:0} s before retrying, longer than the {maxDelay.TotalSeconds:0} s this connection allows.");
            }

            if (failure.Error.Kind == KiotVietErrorKind.RateLimited)
            {
                // This request waits as long as the connection's pause, and then goes without waiting again.
                pauseWaitedOut = rateLimitPause.Extend(delay);
                delay = Max(delay, pauseWaitedOut - clock());
            }

            var resend = repeatable ? "" : "; KiotViet did not act on it, so sending it again is safe";
            RequestObservation.Current?.Waiting(delay, $"{Describe(failure.Error)} on {description}{resend}; retry {retries + 1} of {maxRetries}");
            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
        }
    }

    internal static bool IsRetryable(AttemptFailure failure, bool repeatable)
    {
        if (!failure.RetryCanHelp)
        {
            return false;
        }

        if (failure.Error.Kind == KiotVietErrorKind.RateLimited)
        {
            return true; // refused without being acted on
        }

        return failure.Error.IsTransient && (repeatable || !failure.MayHaveReachedServer);
    }

    internal TimeSpan DelayFor(int retriesSoFar, RetryConditionHeaderValue? retryAfter)
    {
        var serverDelay = FromRetryAfter(retryAfter, clock());
        if (serverDelay.HasValue)
        {
            return serverDelay.Value;
        }

        var step = Math.Min(initialDelay.TotalMilliseconds * Math.Pow(2, retriesSoFar), maxDelay.TotalMilliseconds);
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

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static string Describe(KiotVietApiException error) =>
        error.StatusCode is { } status ? $"{(int)status} {status}" : error.Kind.ToString();

    private static KiotVietApiException Exhausted(KiotVietApiException last, int retries) =>
        retries == 0
            ? last
            : last.WithContext($"{last.Message} Gave up after {retries} retries.");
}
