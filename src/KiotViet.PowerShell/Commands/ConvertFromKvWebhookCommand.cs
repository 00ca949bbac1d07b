using System;
using System.Management.Automation;
using System.Security;
using KiotViet.Commands.Infrastructure;
using KiotViet.Webhooks;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Turns a KiotViet webhook delivery into event objects: one per notification, with its type, shop, changed rows or removed ids.</para>
/// <para type="description">With -Signature and -Secret the delivery is verified first (as Test-KvWebhookSignature does);
/// a delivery whose signature does not match gives a non-terminating error and no events. DeliveryId is the same on
/// every retry of a delivery: use it to skip deliveries already handled.</para>
/// </summary>
[Cmdlet(VerbsData.ConvertFrom, "KvWebhook")]
[OutputType(typeof(WebhookEvent))]
public sealed class ConvertFromKvWebhookCommand : WebhookReceiverCmdlet
{
    /// <summary>The X-Hub-Signature header of the request. Give it with -Secret to verify the delivery before converting it.</summary>
    [Parameter(Position = 1)]
    [AllowNull]
    [AllowEmptyString]
    [Alias("XHubSignature", "Header")]
    public string? Signature { get; set; }

    /// <summary>The secret registered with the webhook (SecureString or plain string). Give it with -Signature to verify the delivery.</summary>
    [Parameter(Position = 2)]
    [SecretTransformation]
    public SecureString? Secret { get; set; }

    /// <summary>
    /// The event type the webhook was registered for (e.g. customer.delete): the type of a delivery that names none,
    /// such as a delete event in the doc's bare {"RemoveId": [...]} form. A notification's own Action wins.
    /// </summary>
    [Parameter]
    [ValidatePattern(@"^[A-Za-z]+\.[A-Za-z]+$")]
    public string? EventType { get; set; }

    private bool Verifying => MyInvocation.BoundParameters.ContainsKey(nameof(Signature)) || MyInvocation.BoundParameters.ContainsKey(nameof(Secret));

    protected override void Begin()
    {
        if (MyInvocation.BoundParameters.ContainsKey(nameof(Signature)) != MyInvocation.BoundParameters.ContainsKey(nameof(Secret)))
        {
            ThrowTerminatingError(ErrorRecords.InvalidInput("KiotVietWebhookSignatureNeedsSecret", "Give -Signature and -Secret together to verify the delivery, or neither to convert it unverified.", null));
        }
    }

    protected override void ProcessBody(byte[] body)
    {
        if (Verifying)
        {
            var check = Verify(body, Signature, Secret!);
            if (!check.IsValid)
            {
                WriteError(new ErrorRecord(
                    new SecurityException("The webhook delivery was not converted: " + check.Reason),
                    "KiotVietWebhookSignatureMismatch",
                    ErrorCategory.SecurityError,
                    null));
                return;
            }

            WriteVerbose(check.ToString());
        }

        try
        {
            foreach (var notification in WebhookPayload.Parse(body, EventType))
            {
                WriteObject(new WebhookEvent(notification));
            }
        }
        catch (FormatException ex)
        {
            WriteError(new ErrorRecord(ex, "KiotVietWebhookPayloadInvalid", ErrorCategory.InvalidData, null));
        }
    }
}
