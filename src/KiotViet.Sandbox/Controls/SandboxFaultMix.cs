namespace KiotViet.Sandbox;

/// <summary>
/// A random mix of faults drawn per API request from a seeded generator, so a run with the same seed and the same
/// sequence of requests meets the same faults. Each rate is the probability (0..1) that a request gets that fault;
/// they add up to at most 1. <see cref="Method"/> and <see cref="PathPrefix"/> narrow the requests it applies to
/// (null = any API route; the token endpoints are never hit).
/// </summary>
public sealed record SandboxFaultMix(int Seed)
{
    /// <summary>503 with the error envelope, before anything is executed.</summary>
    public double Unavailable { get; init; }

    /// <summary>429 with Retry-After (<see cref="RetryAfterSeconds"/>), before anything is executed.</summary>
    public double RateLimitedWithRetryAfter { get; init; }

    /// <summary>429 without Retry-After, before anything is executed.</summary>
    public double RateLimitedWithoutRetryAfter { get; init; }

    /// <summary>Connection aborted before the request is executed (nothing saved).</summary>
    public double DropBeforeCommit { get; init; }

    /// <summary>Request executed (a write is saved), then the connection is aborted.</summary>
    public double DropAfterCommit { get; init; }

    /// <summary>Request executed, then a gateway's 502 or 504 (alternating) instead of the answer.</summary>
    public double GatewayErrorAfterCommit { get; init; }

    /// <summary>
    /// Every issued token expires just before the request (401 TokenException; a client fetches a new one). The request
    /// right after an expiry is never expired again: its token was issued a moment ago.
    /// </summary>
    public double TokenExpiry { get; init; }

    /// <summary>The Retry-After of <see cref="RateLimitedWithRetryAfter"/>, in whole seconds (0 is valid: retry now).</summary>
    public int RetryAfterSeconds { get; init; } = 1;

    public string? Method { get; init; }

    public string? PathPrefix { get; init; }

    /// <summary>
    /// A share of <c>PUT /listupdatedproducts</c> batches refused with 420 KvValidateProductException "Danh sách sản
    /// phẩm cập nhật rỗng", nothing written: recorded on a real shop for 10–30 % of batches, at random. Drawn apart
    /// from the other rates (it does not count towards their total), for that route only, whatever Method and PathPrefix.
    /// </summary>
    public double EmptyProductUpdateBatch { get; init; }

    /// <summary>
    /// The mix of the fault runs: 10% 503, 5% 429 (half with Retry-After), 2% drops before and 2% after the
    /// commit, 2% 502/504 after it, 1% token expiry; and 10% of product batch updates refused as "cập nhật rỗng".
    /// </summary>
    public static SandboxFaultMix Typical(int seed) => new(seed)
    {
        Unavailable = 0.10,
        RateLimitedWithRetryAfter = 0.025,
        RateLimitedWithoutRetryAfter = 0.025,
        DropBeforeCommit = 0.02,
        DropAfterCommit = 0.02,
        GatewayErrorAfterCommit = 0.02,
        TokenExpiry = 0.01,
        EmptyProductUpdateBatch = 0.1,
    };

    internal IEnumerable<(string Name, double Rate)> Rates()
    {
        yield return (nameof(Unavailable), Unavailable);
        yield return (nameof(RateLimitedWithRetryAfter), RateLimitedWithRetryAfter);
        yield return (nameof(RateLimitedWithoutRetryAfter), RateLimitedWithoutRetryAfter);
        yield return (nameof(DropBeforeCommit), DropBeforeCommit);
        yield return (nameof(DropAfterCommit), DropAfterCommit);
        yield return (nameof(GatewayErrorAfterCommit), GatewayErrorAfterCommit);
        yield return (nameof(TokenExpiry), TokenExpiry);
    }
}
