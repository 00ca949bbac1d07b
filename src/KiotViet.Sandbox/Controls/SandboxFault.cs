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

    public static SandboxFault TruncatedBody(string? method = null, string? pathPrefix = null, int? count = 1, double rate = 1.0) =>
        new(SandboxFaultKind.TruncatedBody, method, pathPrefix, count, rate);
}
