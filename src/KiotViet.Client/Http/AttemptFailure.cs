using System;
using System.Net;
using System.Net.Http.Headers;

namespace KiotViet.Http;

/// <summary>
/// One failed attempt: the error, whether the server may have acted on the request, and any Retry-After.
/// This is the one place that decides "possibly applied"; the error it carries says so in
/// <see cref="KiotVietApiException.MayHaveBeenApplied"/>, so callers above the transport ask the error.
/// </summary>
internal sealed class AttemptFailure : Exception
{
    public AttemptFailure(KiotVietApiException error, bool mayHaveReachedServer, RetryConditionHeaderValue? retryAfter = null, bool retryCanHelp = true)
        : base(error.Message, error)
    {
        Error = error.WithOutcome(mayHaveReachedServer);
        MayHaveReachedServer = mayHaveReachedServer;
        RetryAfter = retryAfter;
        RetryCanHelp = retryCanHelp;
    }

    /// <summary>False when the same attempt would fail the same way (nothing listens at the address, TLS to a plain HTTP endpoint).</summary>
    public bool RetryCanHelp { get; }

    public KiotVietApiException Error { get; }

    public bool MayHaveReachedServer { get; }

    public RetryConditionHeaderValue? RetryAfter { get; }

    /// <summary>
    /// An error answer. A 4xx is a refusal: KiotViet read the request and did not act on it (429 included).
    /// A 5xx or 408 may come from a proxy after the service acted (a 502/504 after the commit), so it may have been applied.
    /// </summary>
    public static AttemptFailure FromAnswer(KiotVietApiException error, RetryConditionHeaderValue? retryAfter) =>
        new(error, MayHaveActed(error.StatusCode), retryAfter);

    private static bool MayHaveActed(HttpStatusCode? status) => status is not { } code || (int)code >= 500 || code == HttpStatusCode.RequestTimeout;
}
