using System.Security.Cryptography;
using System.Text;
using KiotViet.Webhooks;
using Xunit;

namespace KiotViet.Client.Tests.Webhooks;

public class WebhookSignatureTests
{
    // A Base64 secret, as KiotViet's documentation asks subscribers to register.
    private const string Secret = "c2VjcmV0LWJ5dGVzLWZvci10ZXN0cw==";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("{\"Id\":\"7d1c\",\"Attempt\":1,\"Notifications\":[{\"Action\":\"customer.update.500400541\",\"Data\":[{\"Name\":\"Nguyễn Văn A\"}]}]}");

    private static byte[] Mac(HMAC hmac, byte[] body)
    {
        using (hmac)
        {
            return hmac.ComputeHash(body);
        }
    }

    private static byte[] Sha256(byte[] key, byte[] body) => Mac(new HMACSHA256(key), body);

    private static byte[] Sha1(byte[] key, byte[] body) => Mac(new HMACSHA1(key), body);

    private static byte[] Utf8Key => Encoding.UTF8.GetBytes(Secret);

    private static byte[] DecodedKey => Convert.FromBase64String(Secret);

    private static string Hex(byte[] digest) => Convert.ToHexString(digest).ToLowerInvariant();

    [Fact]
    public void Accepts_sha1_prefix_with_lowercase_hex_hmac_sha256_of_the_utf8_secret_the_likeliest_real_form()
    {
        var result = WebhookSignature.Verify(Body, "sha1=" + Hex(Sha256(Utf8Key, Body)), Secret);

        Assert.True(result.IsValid, result.Reason);
        Assert.Equal("sha1", result.Prefix);
        Assert.Equal(WebhookSignatureAlgorithm.HmacSha256, result.Algorithm);
        Assert.Equal(WebhookDigestEncoding.Hex, result.Encoding);
        Assert.Equal(WebhookSecretKeyForm.Utf8Text, result.KeyForm);
        Assert.Null(result.Reason);
    }

    public static TheoryData<string, string?, WebhookSignatureAlgorithm, WebhookDigestEncoding, WebhookSecretKeyForm> Variants()
    {
        var data = new TheoryData<string, string?, WebhookSignatureAlgorithm, WebhookDigestEncoding, WebhookSecretKeyForm>();
        foreach (var prefix in new[] { null, "sha1", "sha256", "SHA256" })
        {
            foreach (var (algorithm, mac) in new (WebhookSignatureAlgorithm, Func<byte[], byte[], byte[]>)[] { (WebhookSignatureAlgorithm.HmacSha256, Sha256), (WebhookSignatureAlgorithm.HmacSha1, Sha1) })
            {
                foreach (var (form, key) in new[] { (WebhookSecretKeyForm.Utf8Text, Utf8Key), (WebhookSecretKeyForm.Base64Decoded, DecodedKey) })
                {
                    var digest = mac(key, Body);
                    var label = prefix is null ? "" : prefix + "=";
                    data.Add(label + Hex(digest), prefix?.ToLowerInvariant(), algorithm, WebhookDigestEncoding.Hex, form);
                    data.Add(label + Convert.ToHexString(digest), prefix?.ToLowerInvariant(), algorithm, WebhookDigestEncoding.Hex, form);
                    data.Add(label + Convert.ToBase64String(digest), prefix?.ToLowerInvariant(), algorithm, WebhookDigestEncoding.Base64, form);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Accepts_every_variant_and_reports_which_matched(string header, string? prefix, WebhookSignatureAlgorithm algorithm, WebhookDigestEncoding encoding, WebhookSecretKeyForm keyForm)
    {
        var result = WebhookSignature.Verify(Body, header, Secret);

        Assert.True(result.IsValid, result.Reason);
        Assert.Equal(prefix, result.Prefix);
        Assert.Equal(algorithm, result.Algorithm);
        Assert.Equal(encoding, result.Encoding);
        Assert.Equal(keyForm, result.KeyForm);
    }

    [Fact]
    public void A_string_body_is_checked_as_its_utf8_bytes()
    {
        var text = Encoding.UTF8.GetString(Body);

        Assert.True(WebhookSignature.Verify(text, "sha1=" + Hex(Sha256(Utf8Key, Body)), Secret).IsValid);
    }

    [Fact]
    public void A_secret_that_is_not_base64_is_used_as_text()
    {
        const string plain = "not base64 at all!";
        var result = WebhookSignature.Verify(Body, Hex(Sha256(Encoding.UTF8.GetBytes(plain), Body)), plain);

        Assert.True(result.IsValid, result.Reason);
        Assert.Equal(WebhookSecretKeyForm.Utf8Text, result.KeyForm);
    }

    [Fact]
    public void Rejects_a_wrong_secret()
    {
        var header = "sha1=" + Hex(Sha256(Utf8Key, Body));

        var result = WebhookSignature.Verify(Body, header, "another-secret-value");

        Assert.False(result.IsValid);
        Assert.Null(result.Algorithm);
        Assert.Contains("does not match", result.Reason);
    }

    [Fact]
    public void Rejects_a_tampered_body()
    {
        var header = "sha1=" + Hex(Sha256(Utf8Key, Body));
        var tampered = (byte[])Body.Clone();
        tampered[^3] ^= 1;

        Assert.False(WebhookSignature.Verify(tampered, header, Secret).IsValid);
    }

    [Fact]
    public void Rejects_a_re_serialised_body_with_different_whitespace()
    {
        var header = "sha1=" + Hex(Sha256(Utf8Key, Body));
        var reformatted = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Body).Replace(",", ", "));

        Assert.False(WebhookSignature.Verify(reformatted, header, Secret).IsValid);
    }

    [Theory]
    [InlineData("md5=")]
    [InlineData("sha512=")]
    [InlineData("hmac=")]
    public void Rejects_an_unknown_prefix_even_with_a_correct_digest(string prefix)
    {
        var result = WebhookSignature.Verify(Body, prefix + Hex(Sha256(Utf8Key, Body)), Secret);

        Assert.False(result.IsValid);
        Assert.Contains("unknown prefix", result.Reason);
    }

    [Fact]
    public void Rejects_a_digest_of_the_wrong_length()
    {
        var hex = Hex(Sha256(Utf8Key, Body));

        var truncated = WebhookSignature.Verify(Body, "sha1=" + hex.Substring(0, 62), Secret);
        var sha512 = WebhookSignature.Verify(Body, "sha256=" + Hex(Mac(new HMACSHA512(Utf8Key), Body)), Secret);

        Assert.False(truncated.IsValid);
        Assert.False(sha512.IsValid);
        Assert.Contains("neither", truncated.Reason);
    }

    [Fact]
    public void Rejects_a_hex_digest_with_a_non_hex_character()
    {
        var hex = Hex(Sha256(Utf8Key, Body));

        Assert.False(WebhookSignature.Verify(Body, "g" + hex.Substring(1), Secret).IsValid);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("sha1=")]
    public void Rejects_a_missing_or_empty_header(string? header)
    {
        var result = WebhookSignature.Verify(Body, header, Secret);

        Assert.False(result.IsValid);
        Assert.False(string.IsNullOrEmpty(result.Reason));
    }

    [Fact]
    public void The_result_never_shows_the_secret_or_the_digest()
    {
        var hex = Hex(Sha256(Utf8Key, Body));
        var valid = WebhookSignature.Verify(Body, "sha1=" + hex, Secret);
        var invalid = WebhookSignature.Verify(Body, "sha1=" + hex, "wrong-secret-123");

        foreach (var text in new[] { valid.ToString(), invalid.ToString(), invalid.Reason!, valid.Variant })
        {
            Assert.DoesNotContain(Secret, text);
            Assert.DoesNotContain(hex, text);
        }
    }

    [Fact]
    public void An_empty_secret_is_an_error_not_a_pass()
    {
        Assert.Throws<ArgumentException>(() => WebhookSignature.Verify(Body, "sha1=" + Hex(Sha256(Array.Empty<byte>(), Body)), ""));
    }
}
