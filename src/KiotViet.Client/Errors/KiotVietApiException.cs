using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;

namespace KiotViet;

/// <summary>
/// The one exception type every failure of the client ends in: HTTP status, KiotViet's errorCode and
/// field errors, the request (method and path, never headers or bodies) and a message a user can act on.
/// </summary>
public sealed class KiotVietApiException : Exception
{
    public KiotVietApiException(
        KiotVietErrorKind kind,
        string message,
        HttpStatusCode? statusCode = null,
        string? errorCode = null,
        IReadOnlyList<KiotVietFieldError>? fieldErrors = null,
        string? requestMethod = null,
        string? requestPath = null,
        Exception? innerException = null,
        bool mayHaveBeenApplied = false,
        bool? isTransient = null)
        : base(message, innerException)
    {
        MayHaveBeenApplied = mayHaveBeenApplied;
        Kind = kind;
        StatusCode = statusCode;
        ErrorCode = errorCode;
        FieldErrors = fieldErrors ?? Array.Empty<KiotVietFieldError>();
        RequestMethod = requestMethod;
        RequestPath = requestPath;
        IsTransient = isTransient ?? kind is KiotVietErrorKind.RateLimited or KiotVietErrorKind.ServerError or KiotVietErrorKind.Transport or KiotVietErrorKind.Timeout;
    }

    public KiotVietErrorKind Kind { get; }

    public HttpStatusCode? StatusCode { get; }

    /// <summary>KiotViet's <c>responseStatus.errorCode</c>, e.g. <c>TokenException</c>.</summary>
    public string? ErrorCode { get; }

    public IReadOnlyList<KiotVietFieldError> FieldErrors { get; }

    public string? RequestMethod { get; }

    public string? RequestPath { get; }

    /// <summary>The field names KiotViet complained about.</summary>
    public IEnumerable<string> FieldNames => FieldErrors.Select(e => e.FieldName).Where(n => !string.IsNullOrEmpty(n))!;

    /// <summary>
    /// True when the request may have reached KiotViet and been acted on although no answer says so (a dropped
    /// connection or a timeout after sending, a 5xx, an answer cut off). For a write this means its outcome is
    /// unknown: the engine reconciles such writes (see <c>WriteCoordinator</c>); callers ask this, never the kind.
    /// False when KiotViet certainly did not act on it (a refusal, a 429, a connection never made).
    /// </summary>
    public bool MayHaveBeenApplied { get; }

    /// <summary>
    /// True when the same request can succeed later without changes (a 5xx, a 429, a timeout, a dropped connection or
    /// one refused by an address that answered before). False when it would fail the same way: a refusal, a wrong
    /// address, TLS to a plain HTTP endpoint. Decided once, by the failure classifier.
    /// </summary>
    public bool IsTransient { get; }

    /// <summary>
    /// True when the failure is not about one item but about every request of the run (credentials refused, no
    /// permission, the request budget used up): a bulk run stops instead of reporting it for each row.
    /// </summary>
    public bool ConcernsRun => Kind is KiotVietErrorKind.Authentication or KiotVietErrorKind.PermissionDenied or KiotVietErrorKind.RateLimited;

    /// <summary>The wait KiotViet asked for (Retry-After), if it asked.</summary>
    internal System.Net.Http.Headers.RetryConditionHeaderValue? RetryAfter { get; private set; }

    /// <summary>
    /// The same failure told with more context (what was being done, what was tried): every detail, the outcome
    /// and the kind are kept unless <paramref name="kind"/> or <paramref name="mayHaveBeenApplied"/> say otherwise;
    /// this exception becomes the inner one.
    /// </summary>
    public KiotVietApiException WithContext(string message, KiotVietErrorKind? kind = null, bool? mayHaveBeenApplied = null) =>
        new(kind ?? Kind, message, StatusCode, ErrorCode, FieldErrors, RequestMethod, RequestPath, this, mayHaveBeenApplied ?? MayHaveBeenApplied, kind is null ? IsTransient : null)
        {
            RetryAfter = RetryAfter,
        };

    /// <summary>This failure as the classifier judged it (see <c>FailureClassifier</c>, the one place that decides).</summary>
    internal KiotVietApiException Classified(bool mayHaveBeenApplied, bool isTransient, System.Net.Http.Headers.RetryConditionHeaderValue? retryAfter = null) =>
        new(Kind, Message, StatusCode, ErrorCode, FieldErrors, RequestMethod, RequestPath, InnerException, mayHaveBeenApplied, isTransient)
        {
            RetryAfter = retryAfter,
        };
}
