using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Authentication;
using KiotViet.Http;

namespace KiotViet.Errors;

/// <summary>
/// The one place that judges a failed attempt (docs/design.md, "The write rule"): what kind it is, whether trying again can
/// help (<see cref="KiotVietApiException.IsTransient"/>) and whether KiotViet may have acted on the request
/// (<see cref="KiotVietApiException.MayHaveBeenApplied"/>). Every layer above asks the exception; none decides again.
/// Whether a failure concerns the whole run is the exception's own <see cref="KiotVietApiException.ConcernsRun"/>.
/// </summary>
internal static class FailureClassifier
{
    /// <summary>
    /// An error answer. A 4xx is a refusal: KiotViet read the request and did not act on it (429 included).
    /// A 5xx or 408 may come from a proxy after the service acted (a 502/504 after the commit), so it may have been applied.
    /// 5xx, 408 and 429 are worth trying again; any other refusal would come back the same.
    /// </summary>
    public static KiotVietApiException Answer(KiotVietApiException read, RetryConditionHeaderValue? retryAfter)
    {
        var status = read.StatusCode is { } code ? (int)code : 0;
        var mayHaveActed = status is 0 or >= 500 or 408;
        var transient = status is >= 500 or 408 or 429 && read.Kind is not KiotVietErrorKind.Authentication;
        return read.Classified(mayHaveActed, transient, retryAfter);
    }

    /// <summary>What an HTTP status means for the caller; 420 is KiotViet's validation status.</summary>
    public static KiotVietErrorKind KindFor(HttpStatusCode status) => (int)status switch
    {
        400 or 409 or 420 or 422 => KiotVietErrorKind.Validation,
        401 => KiotVietErrorKind.Authentication,
        403 => KiotVietErrorKind.PermissionDenied,
        404 => KiotVietErrorKind.NotFound,
        408 => KiotVietErrorKind.Timeout,
        429 => KiotVietErrorKind.RateLimited,
        >= 500 => KiotVietErrorKind.ServerError,
        _ => KiotVietErrorKind.InvalidResponse,
    };

    /// <summary>No answer within the attempt's time: the request was sent, so it may have been applied.</summary>
    public static KiotVietApiException Timeout(ApiRequest request, TimeSpan timeout, Exception cause) =>
        new(KiotVietErrorKind.Timeout, $"KiotViet did not answer {request} within {timeout.TotalSeconds:0.#} s.", requestMethod: request.Method.Method, requestPath: request.Path, innerException: cause, mayHaveBeenApplied: true, isTransient: true);

    /// <summary>
    /// A connection that failed or broke. Never made: KiotViet did not see the request. Refused by an address that
    /// answered before (a restart, an outage) it is worth waiting for; refused by one that never answered, or a TLS
    /// failure, is a wrong address and is reported at once.
    /// </summary>
    public static KiotVietApiException Connection(ApiRequest request, Uri address, Exception cause, bool neverConnected, bool answeredBefore)
    {
        var authority = address.GetLeftPart(UriPartial.Authority);
        var refused = IsRefused(cause);
        var tls = !refused && IsTls(cause);
        var text = refused
            ? answeredBefore
                ? $"{authority} refused the connection for {request}, though it answered before (a restart?)."
                : $"Nothing listens at {authority} (connection refused) for {request}. Check the address (-ApiBaseUri, -TokenUri), or start the server."
            : tls
                ? $"The secure (TLS) connection to {authority} failed during {request}: {Innermost(cause)}. If this address serves plain HTTP (such as a local sandbox), use http:// instead of https://."
                : $"The connection to KiotViet failed during {request}: {Describe(cause)}";
        var transient = refused ? answeredBefore : !tls;
        return new KiotVietApiException(KiotVietErrorKind.Transport, text, requestMethod: request.Method.Method, requestPath: request.Path, innerException: cause, mayHaveBeenApplied: !neverConnected && !refused, isTransient: transient);
    }

    /// <summary>A 2xx whose body stopped short: a broken connection, worth another try, and the request may have been applied.</summary>
    public static KiotVietApiException CutOff(ApiRequest request, HttpStatusCode status, int bytes, Exception cause) =>
        new(KiotVietErrorKind.Transport, $"The answer to {request} was cut off after {bytes} bytes.", status, requestMethod: request.Method.Method, requestPath: request.Path, innerException: cause, mayHaveBeenApplied: true, isTransient: true);

    /// <summary>A 2xx that arrived whole but is not what the API documents: the request may have been applied, and a retry brings the same.</summary>
    public static KiotVietApiException Unreadable(ApiRequest request, HttpStatusCode status, string what, Exception cause) =>
        new(KiotVietErrorKind.InvalidResponse, $"KiotViet's answer to {request} {what}.", status, requestMethod: request.Method.Method, requestPath: request.Path, innerException: cause, mayHaveBeenApplied: true, isTransient: false);

    private static bool IsRefused(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e is SocketException { SocketErrorCode: SocketError.ConnectionRefused })
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTls(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e is AuthenticationException)
            {
                return true;
            }
#if !NET
            if (e is WebException { Status: WebExceptionStatus.SecureChannelFailure or WebExceptionStatus.TrustFailure })
            {
                return true;
            }
#endif
        }

        return false;
    }

    /// <summary>The message of the deepest cause, which is where .NET says what actually happened.</summary>
    private static string Innermost(Exception ex)
    {
        var inner = ex;
        while (inner.InnerException is not null)
        {
            inner = inner.InnerException;
        }

        return inner.Message;
    }

    /// <summary>The outer message, and the innermost one when it adds something (".. see inner exception" says nothing).</summary>
    private static string Describe(Exception ex)
    {
        var innermost = Innermost(ex);
        return ReferenceEquals(innermost, ex.Message) || ex.Message.Contains(innermost) ? ex.Message : $"{ex.Message.TrimEnd('.')}: {innermost}";
    }
}
