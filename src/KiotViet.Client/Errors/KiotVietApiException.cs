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
        Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        StatusCode = statusCode;
        ErrorCode = errorCode;
        FieldErrors = fieldErrors ?? Array.Empty<KiotVietFieldError>();
        RequestMethod = requestMethod;
        RequestPath = requestPath;
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

    /// <summary>True when the same request can succeed later without changes.</summary>
    public bool IsTransient => Kind is KiotVietErrorKind.RateLimited or KiotVietErrorKind.ServerError or KiotVietErrorKind.Transport or KiotVietErrorKind.Timeout;
}
