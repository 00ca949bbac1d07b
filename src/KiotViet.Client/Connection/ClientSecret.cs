using System;

namespace KiotViet;

/// <summary>
/// Holds a client secret so that it never shows up by accident: ToString, the debugger and
/// serializers all see a redaction marker. Only the token request reads the value.
/// </summary>
public sealed class ClientSecret
{
    private readonly string value;

    public ClientSecret(string value)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new ArgumentException("The client secret is empty.", nameof(value));
        }

        this.value = value;
    }

    internal string Reveal() => value;

    public override string ToString() => "********";
}
