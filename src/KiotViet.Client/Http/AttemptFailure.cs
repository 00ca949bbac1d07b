using System;
using System.Net.Http.Headers;

namespace KiotViet.Http;

/// <summary>One failed attempt: the error, whether the server may have acted on the request, and any Retry-After.</summary>
internal sealed class AttemptFailure : Exception
{
    public AttemptFailure(KiotVietApiException error, bool mayHaveReachedServer, RetryConditionHeaderValue? retryAfter = null)
        : base(error.Message, error)
    {
        Error = error;
        MayHaveReachedServer = mayHaveReachedServer;
        RetryAfter = retryAfter;
    }

    public KiotVietApiException Error { get; }

    public bool MayHaveReachedServer { get; }

    public RetryConditionHeaderValue? RetryAfter { get; }
}
