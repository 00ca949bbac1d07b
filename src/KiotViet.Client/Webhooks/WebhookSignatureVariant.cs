namespace KiotViet.Webhooks;

/// <summary>The HMAC behind a signature, told apart by the digest length (20 or 32 bytes).</summary>
public enum WebhookSignatureAlgorithm
{
    HmacSha256,
    HmacSha1,
}

/// <summary>How the digest is written in the header.</summary>
public enum WebhookDigestEncoding
{
    /// <summary>Hexadecimal, either letter case.</summary>
    Hex,
    Base64,
}

/// <summary>Which bytes of the registered secret were the HMAC key.</summary>
public enum WebhookSecretKeyForm
{
    /// <summary>The UTF-8 bytes of the secret exactly as registered.</summary>
    Utf8Text,

    /// <summary>The bytes the secret decodes to when read as Base64 (the documentation asks for a Base64 secret).</summary>
    Base64Decoded,
}
