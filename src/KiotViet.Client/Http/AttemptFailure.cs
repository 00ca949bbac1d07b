using System;
using System.Net.Http.Headers;

namespace KiotViet.Http;

/// <summary>One failed attempt: the error, whether the server may have acted on the request, and any Retry-After.</summary>
internal sealed class AttemptFailure : Exception
{
    public AttemptFailure(KiotVietApiException error, bool mayHaveReachedServer, RetryConditionHeaderValue? retryAfter = null, bool retryCanHelp = true)
        : base(error.Message, error)
    {
        Error = error;
        MayHaveReachedServer = mayHaveReachedServer;
        RetryAfter = retryAfter;
        RetryCanHelp = retryCanHelp;
    }

    /// <summary>False when the same attempt would fail the same way (nothing listens at the address, TLS to a plain HTTP endpoint).</summary>
    public bool RetryCanHelp { get; }

    public KiotVietApiException Error { get; }

    public bool MayHaveReachedServer { get; }

    public RetryConditionHeaderValue? RetryAfter { get; }
}
