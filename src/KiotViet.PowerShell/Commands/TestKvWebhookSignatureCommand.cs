using System.Management.Automation;
using System.Security;
using KiotViet.Commands.Infrastructure;
using KiotViet.Webhooks;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Checks that a webhook delivery really comes from KiotViet: its X-Hub-Signature header against the raw body and the secret.</para>
/// <para type="description">Returns $true or $false. The comparison takes constant time. KiotViet does not document the
/// header's exact format, so every plausible variant is accepted: a sha1= or sha256= prefix or none, a hex (any case) or
/// Base64 digest, HMAC-SHA256 or HMAC-SHA1, the secret's UTF-8 bytes or its Base64-decoded bytes as the key. -Detailed
/// shows which variant matched, so it can be recorded after the first live delivery.</para>
/// </summary>
[Cmdlet(VerbsDiagnostic.Test, "KvWebhookSignature")]
[OutputType(typeof(bool), typeof(WebhookSignatureResult))]
public sealed class TestKvWebhookSignatureCommand : WebhookReceiverCmdlet
{
    /// <summary>The value of the request's X-Hub-Signature header, e.g. sha1=3f0a... A missing or empty header gives $false.</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [AllowNull]
    [AllowEmptyString]
    [Alias("XHubSignature", "Header")]
    public string? Signature { get; set; }

    /// <summary>The secret registered with the webhook, as a SecureString or (e.g. from an app setting) a plain string.</summary>
    [Parameter(Mandatory = true, Position = 2)]
    [SecretTransformation]
    public SecureString? Secret { get; set; }

    /// <summary>Return the result object (IsValid, Prefix, Algorithm, Encoding, KeyForm, Reason) instead of $true/$false.</summary>
    [Parameter]
    public SwitchParameter Detailed { get; set; }

    protected override void ProcessBody(byte[] body)
    {
        var result = Verify(body, Signature, Secret!);
        WriteVerbose(result.ToString());
        WriteObject(Detailed ? result : result.IsValid);
    }
}
