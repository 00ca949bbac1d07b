using System;
using System.Management.Automation;
using System.Security;
using System.Text;
using KiotViet.Webhooks;

namespace KiotViet.Commands.Infrastructure;

/// <summary>
/// Base of the cmdlets a webhook receiver runs on an incoming request: the raw body as a string or bytes, and the
/// signature check they share. Needs no connection.
/// </summary>
public abstract class WebhookReceiverCmdlet : KvCmdlet
{
    /// <summary>
    /// The request body exactly as it arrived: a string (read as UTF-8, e.g. $Request.RawBody in Azure Functions) or a
    /// byte array. Not a parsed object: the signature covers the raw bytes.
    /// </summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
    [AllowEmptyString]
    public object? Body { get; set; }

    /// <summary>The body as bytes, or null after writing an error for a value that is not a raw body.</summary>
    protected byte[]? ReadBody()
    {
        var value = Body is PSObject wrapped ? wrapped.BaseObject : Body;
        switch (value)
        {
            case byte[] bytes:
                return bytes;
            case string text:
                return Encoding.UTF8.GetBytes(text);
            default:
                var kind = value?.GetType().Name ?? "null";
                WriteError(ErrorRecords.InvalidInput(
                    "KiotVietWebhookBodyNotRaw",
                    $"-Body must be the raw request body as a string or byte[], not {kind}. Pass the unparsed body (in Azure Functions: $Request.RawBody); a byte array must be given with -Body, not piped.",
                    null));
                return null;
        }
    }

    /// <summary>Checks the header against the body; the secret's plain text lives only for the call.</summary>
    protected WebhookSignatureResult Verify(byte[] body, string? signature, SecureString secret)
    {
        if (secret.Length == 0)
        {
            ThrowTerminatingError(ErrorRecords.InvalidInput("KiotVietWebhookSecretEmpty", "The webhook secret is empty.", null));
        }

        return WebhookSignature.Verify(body, signature, SecureStrings.Reveal(secret));
    }
}
