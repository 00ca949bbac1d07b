namespace KiotViet.Webhooks;

/// <summary>
/// The outcome of checking an <c>X-Hub-Signature</c> header: whether it matched and, if so, the variant that matched
/// (so a receiver can pin it after seeing a live delivery), or why it did not. Holds no secret and no digest.
/// </summary>
public sealed class WebhookSignatureResult
{
    private WebhookSignatureResult(bool isValid, string? prefix, WebhookSignatureAlgorithm? algorithm, WebhookDigestEncoding? encoding, WebhookSecretKeyForm? keyForm, string? reason)
    {
        IsValid = isValid;
        Prefix = prefix;
        Algorithm = algorithm;
        Encoding = encoding;
        KeyForm = keyForm;
        Reason = reason;
    }

    public bool IsValid { get; }

    /// <summary>The label before '=' in the header (<c>sha1</c> or <c>sha256</c>), or null when there was none.</summary>
    public string? Prefix { get; }

    public WebhookSignatureAlgorithm? Algorithm { get; }

    public WebhookDigestEncoding? Encoding { get; }

    public WebhookSecretKeyForm? KeyForm { get; }

    /// <summary>Why the signature was rejected; null when it matched.</summary>
    public string? Reason { get; }

    /// <summary>The variant in one line, e.g. <c>sha1= HmacSha256 Hex key=Utf8Text</c>.</summary>
    public string Variant => IsValid ? $"{(Prefix is null ? "no prefix" : Prefix + "=")} {Algorithm} {Encoding} key={KeyForm}" : "";

    internal static WebhookSignatureResult Matched(string? prefix, WebhookSignatureAlgorithm algorithm, WebhookDigestEncoding encoding, WebhookSecretKeyForm keyForm) =>
        new(true, prefix, algorithm, encoding, keyForm, null);

    internal static WebhookSignatureResult Rejected(string reason, string? prefix = null, WebhookDigestEncoding? encoding = null) =>
        new(false, prefix, null, encoding, null, reason);

    public override string ToString() => IsValid ? "Valid signature (" + Variant + ")" : "Invalid signature: " + Reason;
}
