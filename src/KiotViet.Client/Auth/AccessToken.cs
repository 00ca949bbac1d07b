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

    /// <summary>When the token is to be renewed (some margin before it expires), on the connection's clock.</summary>
    public DateTimeOffset RenewAt { get; private set; } = DateTimeOffset.MaxValue;

    public AccessToken RenewedAt(DateTimeOffset renewAt)
    {
        RenewAt = renewAt;
        return this;
    }

    public override string ToString() => $"Bearer token (expires {ExpiresAt:u})";
}
