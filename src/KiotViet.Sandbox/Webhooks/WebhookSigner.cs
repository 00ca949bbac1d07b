using System.Security.Cryptography;
using System.Text;

namespace KiotViet.Sandbox.Webhooks;

/// <summary>Computes X-Hub-Signature over the exact body bytes sent, as the options say (default: "sha1=" + hex HMAC-SHA256, key = UTF-8 of the secret as sent).</summary>
internal static class WebhookSigner
{
    public static string Sign(byte[] body, string secret, WebhookSignatureOptions options)
    {
        var key = KeyBytes(secret, options.Key);
        var digest = options.Digest == WebhookDigest.Sha1 ? HMACSHA1.HashData(key, body) : HMACSHA256.HashData(key, body);
        var encoded = options.Encoding == WebhookSignatureEncoding.Base64 ? Convert.ToBase64String(digest) : Convert.ToHexStringLower(digest);
        return options.Prefix + encoded;
    }

    /// <summary>The HMAC key; a secret that is not valid Base64 is used as UTF-8 text even in Base64Decoded mode.</summary>
    private static byte[] KeyBytes(string secret, WebhookSecretKey mode)
    {
        if (mode == WebhookSecretKey.Base64Decoded)
        {
            var buffer = new byte[secret.Length];
            if (Convert.TryFromBase64String(secret, buffer, out var written))
            {
                return buffer[..written];
            }
        }

        return Encoding.UTF8.GetBytes(secret);
    }
}
