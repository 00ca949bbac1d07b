using System;
using System.Security.Cryptography;

namespace KiotViet.Webhooks;

/// <summary>Makes webhook secrets the way KiotViet's documentation asks: random bytes, Base64-encoded.</summary>
public static class WebhookSecret
{
    private const int RandomBytes = 32;

    /// <summary>A new secret: 32 random bytes from the operating system's CSPRNG, as 44 Base64 characters.</summary>
    public static string Generate()
    {
        var bytes = new byte[RandomBytes];
        using (var random = RandomNumberGenerator.Create())
        {
            random.GetBytes(bytes);
        }

        return Convert.ToBase64String(bytes);
    }
}
