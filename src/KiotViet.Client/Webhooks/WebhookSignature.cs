using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace KiotViet.Webhooks;

/// <summary>
/// Checks KiotViet's <c>X-Hub-Signature</c> header against the raw request body. KiotViet documents an HMAC-SHA256 over
/// the body keyed with the registered secret but not the header's format, and public receivers disagree,
/// so every plausible variant is accepted and the one that matched is reported: an optional <c>sha1=</c>/<c>sha256=</c>
/// prefix; a hex (any case) or Base64 digest; HMAC-SHA1 or HMAC-SHA256, chosen by the digest's length; the key as the
/// UTF-8 bytes of the secret or as its Base64-decoded bytes. Digests are compared in constant time.
/// </summary>
public static class WebhookSignature
{
    public const string HeaderName = "X-Hub-Signature";

    private const int Sha1Length = 20;
    private const int Sha256Length = 32;
    private static readonly string[] KnownPrefixes = { "sha1", "sha256" };

    public static WebhookSignatureResult Verify(string body, string? signatureHeader, string secret) =>
        Verify(Encoding.UTF8.GetBytes(body ?? throw new ArgumentNullException(nameof(body))), signatureHeader, secret);

    /// <param name="body">The request body exactly as it arrived; a re-serialised JSON body will not match.</param>
    /// <param name="signatureHeader">The value of the X-Hub-Signature header.</param>
    /// <param name="secret">The secret registered with the webhook, as it was registered.</param>
    public static WebhookSignatureResult Verify(byte[] body, string? signatureHeader, string secret)
    {
        if (body is null)
        {
            throw new ArgumentNullException(nameof(body));
        }

        if (string.IsNullOrEmpty(secret))
        {
            throw new ArgumentException("The webhook secret is empty.", nameof(secret));
        }

        var header = signatureHeader?.Trim() ?? "";
        if (header.Length == 0)
        {
            return WebhookSignatureResult.Rejected($"The {HeaderName} header is missing or empty.");
        }

        if (!TrySplitPrefix(header, out var prefix, out var digestText))
        {
            return WebhookSignatureResult.Rejected($"The {HeaderName} header has an unknown prefix '{prefix}='; expected sha1=, sha256= or none.", prefix);
        }

        if (!TryDecodeDigest(digestText, out var digest, out var encoding))
        {
            return WebhookSignatureResult.Rejected(
                $"The {HeaderName} digest is neither a 40/64-character hex nor a Base64 SHA-1/SHA-256 digest ({digestText.Length} characters).", prefix);
        }

        var algorithm = digest.Length == Sha1Length ? WebhookSignatureAlgorithm.HmacSha1 : WebhookSignatureAlgorithm.HmacSha256;
        foreach (var (key, keyForm) in KeyCandidates(secret))
        {
            if (FixedTimeEquals(Compute(algorithm, key, body), digest))
            {
                return WebhookSignatureResult.Matched(prefix, algorithm, encoding, keyForm);
            }
        }

        return WebhookSignatureResult.Rejected(
            $"The {algorithm} digest does not match the body with this secret: the secret is wrong, or the body is not the raw bytes that were signed.", prefix, encoding);
    }

    /// <summary>Splits <c>sha1=abc</c>; a bare digest has no prefix. Base64 padding ('=' at the end) is not a prefix.</summary>
    private static bool TrySplitPrefix(string header, out string? prefix, out string digest)
    {
        var equals = header.IndexOf('=');
        if (equals <= 0 || equals == header.Length - 1 || header.Substring(equals + 1).TrimEnd('=').Length == 0)
        {
            prefix = null;
            digest = header;
            return true;
        }

        var label = header.Substring(0, equals);
        digest = header.Substring(equals + 1).Trim();
        prefix = label.Trim().ToLowerInvariant();
        return Array.IndexOf(KnownPrefixes, prefix) >= 0;
    }

    private static bool TryDecodeDigest(string text, out byte[] digest, out WebhookDigestEncoding encoding)
    {
        encoding = WebhookDigestEncoding.Hex;
        if ((text.Length == Sha1Length * 2 || text.Length == Sha256Length * 2) && TryDecodeHex(text, out digest))
        {
            return true;
        }

        encoding = WebhookDigestEncoding.Base64;
        return TryDecodeBase64(text, out digest) && digest.Length is Sha1Length or Sha256Length;
    }

    private static IEnumerable<(byte[] Key, WebhookSecretKeyForm Form)> KeyCandidates(string secret)
    {
        yield return (Encoding.UTF8.GetBytes(secret), WebhookSecretKeyForm.Utf8Text);
        if (TryDecodeBase64(secret.Trim(), out var decoded) && decoded.Length > 0)
        {
            yield return (decoded, WebhookSecretKeyForm.Base64Decoded);
        }
    }

    private static byte[] Compute(WebhookSignatureAlgorithm algorithm, byte[] key, byte[] body)
    {
        using HMAC hmac = algorithm == WebhookSignatureAlgorithm.HmacSha1 ? new HMACSHA1(key) : new HMACSHA256(key);
        return hmac.ComputeHash(body);
    }

    private static bool FixedTimeEquals(byte[] left, byte[] right)
    {
#if NET
        return CryptographicOperations.FixedTimeEquals(left, right);
#else
        if (left.Length != right.Length)
        {
            return false;
        }

        var difference = 0;
        for (var i = 0; i < left.Length; i++)
        {
            difference |= left[i] ^ right[i];
        }

        return difference == 0;
#endif
    }

    private static bool TryDecodeHex(string text, out byte[] bytes)
    {
        bytes = new byte[text.Length / 2];
        for (var i = 0; i < bytes.Length; i++)
        {
            var high = HexValue(text[2 * i]);
            var low = HexValue(text[(2 * i) + 1]);
            if (high < 0 || low < 0)
            {
                return false;
            }

            bytes[i] = (byte)((high << 4) | low);
        }

        return true;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private static bool TryDecodeBase64(string text, out byte[] bytes)
    {
        bytes = Array.Empty<byte>();
        if (text.Length == 0 || text.Length % 4 != 0)
        {
            return false;
        }

        try
        {
            bytes = Convert.FromBase64String(text);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
