using System;

namespace KiotViet.Auth;

/// <summary>A bearer token. Its value never appears in ToString, logs or exceptions.</summary>
internal sealed class AccessToken
{
    public AccessToken(string value, DateTimeOffset expiresAt)
    {
        Value = value;
        ExpiresAt = expiresAt;
    }

    public string Value { get; }

    public DateTimeOffset ExpiresAt { get; }

    public override string ToString() => $"Bearer token (expires {ExpiresAt:u})";
}
