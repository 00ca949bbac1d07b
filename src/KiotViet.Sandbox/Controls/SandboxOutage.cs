namespace KiotViet.Sandbox;

/// <summary>
/// The whole service down for a while: every request, the token endpoint included, is answered
/// <see cref="StatusCode"/> (503 by default, with Retry-After when given) or has its connection dropped
/// (<see cref="Drop"/>), for <see cref="Duration"/> of the sandbox's clock. It begins once <see cref="AfterRequests"/>
/// more requests have been answered normally, so it can fall in the middle of an export or an import. Nothing a request
/// asks for is done during the outage.
/// </summary>
public sealed record SandboxOutage(TimeSpan Duration, int AfterRequests = 0, int StatusCode = 503, bool Drop = false, int? RetryAfterSeconds = null);
