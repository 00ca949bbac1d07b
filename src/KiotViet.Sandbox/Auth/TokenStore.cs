using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;

namespace KiotViet.Sandbox.Auth;

/// <summary>Issues JWT-shaped bearer tokens (payload carries client_RetailerCode and exp) and remembers which are valid.</summary>
internal sealed class TokenStore
{
    private readonly ConcurrentDictionary<string, IssuedToken> tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> history = new();
    private readonly SandboxOptions options;
    private readonly TimeProvider clock;
    private long lifetimeTicks;

    public TokenStore(SandboxOptions options, TimeProvider clock)
    {
        this.options = options;
        this.clock = clock;
        lifetimeTicks = options.TokenLifetime.Ticks;
    }

    public TimeSpan Lifetime
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref lifetimeTicks));
        set => Interlocked.Exchange(ref lifetimeTicks, value.Ticks);
    }

    /// <summary>Every token ever issued, including expired ones.</summary>
    public IReadOnlyCollection<string> History => history.ToArray();

    public (string Token, TimeSpan Lifetime) Issue(Edition edition)
    {
        var lifetime = Lifetime;
        var now = clock.GetUtcNow();
        var expires = now + lifetime;
        var payload = new Dictionary<string, object>
        {
            ["nbf"] = now.ToUnixTimeSeconds(),
            ["exp"] = expires.ToUnixTimeSeconds(),
            ["iss"] = "https://id.kiotviet.vn",
            ["client_id"] = options.ClientId,
            ["client_RetailerCode"] = options.PrimaryRetailer,
            ["client_RetailerId"] = options.RetailerId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["client_UserId"] = "1",
            ["scope"] = new[] { edition == Edition.Fnb ? Scopes.Fnb : Scopes.Retail },
        };
        var token = string.Join('.', Base64Url("{\"alg\":\"RS256\",\"typ\":\"JWT\"}"u8.ToArray()), Base64Url(JsonSerializer.SerializeToUtf8Bytes(payload)), Base64Url(RandomNumberGenerator.GetBytes(32)));
        tokens[token] = new IssuedToken(edition, expires);
        history.Enqueue(token);
        return (token, lifetime);
    }

    public TokenCheck Check(string? token, Edition edition)
    {
        if (token is null || !tokens.TryGetValue(token, out var issued))
        {
            return TokenCheck.Unknown;
        }

        if (issued.ExpiresAt <= clock.GetUtcNow())
        {
            return TokenCheck.Expired;
        }

        return issued.Edition == edition ? TokenCheck.Valid : TokenCheck.WrongEdition;
    }

    public void ExpireAll() => tokens.Clear();

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private sealed record IssuedToken(Edition Edition, DateTimeOffset ExpiresAt);
}

internal enum TokenCheck
{
    Valid,
    Unknown,
    Expired,
    WrongEdition,
}
