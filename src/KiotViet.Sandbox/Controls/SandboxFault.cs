namespace KiotViet.Sandbox;

/// <summary>What an injected fault does to a matching request.</summary>
public enum SandboxFaultKind
{
    /// <summary>Answers with <see cref="SandboxFault.StatusCode"/> and the error envelope, optionally with Retry-After.</summary>
    Status,

    /// <summary>Aborts the connection without an answer.</summary>
    DropConnection,

    /// <summary>Sends the headers and half the body, waits <see cref="SandboxFault.Delay"/>, then sends the rest.</summary>
    SlowBody,

    /// <summary>Announces the full Content-Length, sends half the body and aborts.</summary>
    TruncatedBody,

    /// <summary>Executes the request (a write is saved), then aborts the connection: the answer is lost.</summary>
    DropAfterCommit,

    /// <summary>
    /// Executes the request (a write is saved), then answers <see cref="SandboxFault.StatusCode"/> (502 or 504) with a
    /// gateway's HTML page instead: what a proxy in front of the service sends when the service's answer did not reach it.
    /// </summary>
    StatusAfterCommit,

    /// <summary>Every issued token expires just before this request, which then gets 401 TokenException.</summary>
    ExpireTokens,
}

/// <summary>
/// A fault for requests matching <see cref="Method"/> (null = any) and <see cref="PathPrefix"/> (null = any API route;
/// the token endpoint only when the prefix names it). It hits the next <see cref="Count"/> matching requests
/// (null = without end), each with probability <see cref="Rate"/>.
/// </summary>
public sealed record SandboxFault(
    SandboxFaultKind Kind,
    string? Method = null,
    string? PathPrefix = null,
    int? Count = 1,
    double Rate = 1.0,
    int StatusCode = 500,
    int? RetryAfterSeconds = null,
    TimeSpan Delay = default)
{
    public static SandboxFault Status(int statusCode, string? method = null, string? pathPrefix = null, int? count = 1, double rate = 1.0, int? retryAfterSeconds = null) =>
        new(SandboxFaultKind.Status, method, pathPrefix, count, rate, statusCode, retryAfterSeconds);

    public static SandboxFault DropConnection(string? method = null, string? pathPrefix = null, int? count = 1, double rate = 1.0) =>
        new(SandboxFaultKind.DropConnection, method, pathPrefix, count, rate);

    public static SandboxFault SlowBody(TimeSpan delay, string? method = null, string? pathPrefix = null, int? count = 1, double rate = 1.0) =>
        new(SandboxFaultKind.SlowBody, method, pathPrefix, count, rate, Delay: delay);

    public static SandboxFault DropAfterCommit(string? method = null, string? pathPrefix = null, int? count = 1, double rate = 1.0) =>
        new(SandboxFaultKind.DropAfterCommit, method, pathPrefix, count, rate);

    public static SandboxFault StatusAfterCommit(int statusCode, string? method = null, string? pathPrefix = null, int? count = 1, double rate = 1.0) =>
        new(SandboxFaultKind.StatusAfterCommit, method, pathPrefix, count, rate, statusCode);

    public static SandboxFault ExpireTokens(string? method = null, string? pathPrefix = null, int? count = 1, double rate = 1.0) =>
        new(SandboxFaultKind.ExpireTokens, method, pathPrefix, count, rate);

    public static SandboxFault TruncatedBody(string? method = null, string? pathPrefix = null, int? count = 1, double rate = 1.0) =>
        new(SandboxFaultKind.TruncatedBody, method, pathPrefix, count, rate);
}
