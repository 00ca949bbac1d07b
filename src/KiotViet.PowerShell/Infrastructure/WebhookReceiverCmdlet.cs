using System.Collections.Generic;
using System.Management.Automation;
using System.Security;
using System.Text;
using KiotViet.Webhooks;

namespace KiotViet.Commands.Infrastructure;

/// <summary>
/// Base of the cmdlets a webhook receiver runs on an incoming request: takes the raw body as a string or bytes (a
/// byte array piped in arrives byte by byte and is put back together), and shares the signature check. Needs no connection.
/// </summary>
public abstract class WebhookReceiverCmdlet : KvCmdlet
{
    private readonly List<byte> pipedBytes = new();

    /// <summary>
    /// The request body exactly as it arrived: a string (read as UTF-8, e.g. $Request.RawBody in Azure Functions) or a
    /// byte array. Not a parsed object: the signature covers the raw bytes.
    /// </summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
    [AllowEmptyString]
    public object? Body { get; set; }

    /// <summary>Handles one complete raw body.</summary>
    protected abstract void ProcessBody(byte[] body);

    protected override void Process()
    {
        var value = Body is PSObject wrapped ? wrapped.BaseObject : Body;
        switch (value)
        {
            case byte single:
                pipedBytes.Add(single);
                break;
            case byte[] bytes:
                ProcessBody(bytes);
                break;
            case string text:
                ProcessBody(Encoding.UTF8.GetBytes(text));
                break;
            default:
                var kind = value?.GetType().Name ?? "null";
                WriteError(ErrorRecords.InvalidInput(
                    "KiotVietWebhookBodyNotRaw",
                    $"-Body must be the raw request body as a string or byte[], not {kind}. Pass the unparsed body (in Azure Functions: $Request.RawBody).",
                    null));
                break;
        }
    }

    protected override void End()
    {
        if (pipedBytes.Count > 0)
        {
            ProcessBody(pipedBytes.ToArray());
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
