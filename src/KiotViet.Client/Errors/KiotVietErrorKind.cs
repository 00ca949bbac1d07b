namespace KiotViet;

/// <summary>What went wrong, in the terms a caller decides on (retry, fix input, reconnect, give up).</summary>
public enum KiotVietErrorKind
{
    /// <summary>The request was refused because of its content (HTTP 400/420/422, or a duplicate).</summary>
    Validation,

    /// <summary>The item does not exist (HTTP 404).</summary>
    NotFound,

    /// <summary>Credentials, retailer or token were rejected.</summary>
    Authentication,

    /// <summary>The caller may not do this (HTTP 403).</summary>
    PermissionDenied,

    /// <summary>The request budget is exhausted and waiting longer was not allowed.</summary>
    RateLimited,

    /// <summary>KiotViet failed (5xx) and retries did not help.</summary>
    ServerError,

    /// <summary>The connection failed or broke.</summary>
    Transport,

    /// <summary>No answer in time.</summary>
    Timeout,

    /// <summary>The answer could not be understood.</summary>
    InvalidResponse,
}
