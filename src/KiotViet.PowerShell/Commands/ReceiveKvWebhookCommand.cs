using System;
using System.Diagnostics;
using System.Management.Automation;
using System.Security;
using System.Threading;
using KiotViet.Commands.Infrastructure;
using KiotViet.Webhooks.Receiving;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Receives KiotViet's webhook deliveries on a URL prefix and writes each verified event once, as it arrives.</para>
/// <para type="description">Listens with HttpListener, answers every delivery at once and verifies its X-Hub-Signature;
/// events go down the pipeline one by one while the pipeline works, so slow work never delays an answer. A forged,
/// unsigned or unreadable delivery is answered 200 (KiotViet switches off an endpoint that answers 400-405) and
/// written as an error record, never output. A repeated delivery (same X-Webhook-Delivery, or same Id and content) is
/// dropped. With -Journal, a delivery is on disk before it is answered and leaves the journal once the pipeline took
/// it, so a restart outputs what was received but not processed.</para>
/// </summary>
[Cmdlet(VerbsCommunications.Receive, "KvWebhook")]
[OutputType(typeof(WebhookEvent))]
public sealed class ReceiveKvWebhookCommand : KvCmdlet
{
    private WebhookReceiver? receiver;
    private int written;

    /// <summary>The HttpListener prefix to listen on, e.g. http://+:8080/kiotviet/ (Windows may need a URL ACL) or http://127.0.0.1:8080/ behind a reverse proxy.</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [Alias("Url")]
    [ValidatePattern("^https?://")]
    public string? Prefix { get; set; }

    /// <summary>The secret the webhook was registered with (SecureString or plain string). Without it, the secrets of the webhooks registered with Register-KvWebhook on the connection in this session.</summary>
    [Parameter(Position = 1)]
    [SecretTransformation]
    public SecureString? Secret { get; set; }

    /// <summary>The connection whose registered webhooks' secrets to use when -Secret is not given; defaults to the current one.</summary>
    [Parameter]
    public KiotVietConnection? Connection { get; set; }

    /// <summary>Stop after writing this many events.</summary>
    [Parameter]
    [ValidateRange(1, int.MaxValue)]
    public int First { get; set; }

    /// <summary>Stop listening after this many seconds, then write what was already received.</summary>
    [Parameter]
    [Alias("TimeoutSec")]
    [ValidateRange(1, int.MaxValue)]
    public int Timeout { get; set; }

    /// <summary>A file that keeps each delivery from before its answer until the pipeline took it; the next run with the same file writes what is left first.</summary>
    [Parameter]
    public string? Journal { get; set; }

    /// <summary>Deliveries that may wait for the pipeline (default 10,000); beyond it a delivery is answered 503 and KiotViet sends it again later.</summary>
    [Parameter]
    [ValidateRange(1, 10_000_000)]
    public int QueueLimit { get; set; } = 10_000;

    protected override void Begin()
    {
        var options = new WebhookReceiverOptions(Prefix!, ResolveSecrets())
        {
            QueueLimit = QueueLimit,
            JournalPath = Journal is null ? null : SessionState.Path.GetUnresolvedProviderPathFromPSPath(Journal),
        };
        try
        {
            receiver = WebhookReceiver.Start(options);
        }
        catch (WebhookReceiverUnavailableException ex)
        {
            var category = ex.ErrorId.Contains("AccessDenied") ? ErrorCategory.PermissionDenied : ex.ErrorId.Contains("Invalid") ? ErrorCategory.InvalidArgument : ErrorCategory.ResourceUnavailable;
            ThrowTerminatingError(new ErrorRecord(ex, ex.ErrorId, category, ex.ErrorId.Contains("Journal") ? Journal : Prefix));
        }

        WriteVerbose($"Listening on {receiver!.Prefix}" + (receiver.FromJournal > 0 ? $"; {receiver.FromJournal} deliveries from the journal come first." : "."));
    }

    protected override void End()
    {
        var clock = Stopwatch.StartNew();
        var limit = Timeout > 0 ? TimeSpan.FromSeconds(Timeout) : (TimeSpan?)null;
        while (!Done)
        {
            var left = limit - clock.Elapsed;
            if (left < TimeSpan.Zero || !receiver!.TryTake(out var item, left ?? System.Threading.Timeout.InfiniteTimeSpan, CancellationToken))
            {
                break;
            }

            Handle(item!);
        }

        receiver!.StopListening();
        if (!Done)
        {
            // -Timeout: what was answered before the port closed is written too.
            while (!Done && receiver.TryTake(out var item, TimeSpan.Zero, CancellationToken))
            {
                Handle(item!);
            }
        }

        ReportDroppedNotices();
        if (receiver.Waiting > 0)
        {
            WriteWarning(Journal is null
                ? $"{receiver.Waiting} received deliveries were answered but not written (-First was reached). Use -Journal to keep them for the next run."
                : $"{receiver.Waiting} received deliveries stay in the journal for the next run.");
        }
    }

    protected override void StopProcessing()
    {
        base.StopProcessing();
        receiver?.StopListening();
    }

    protected override void Release() => receiver?.Dispose();

    private bool Done => First > 0 && written >= First;

    private void Handle(object item)
    {
        if (item is WebhookReceiverNotice notice)
        {
            Report(notice);
            return;
        }

        var delivery = (ReceivedDelivery)item;
        for (var i = delivery.Taken; i < delivery.Notifications.Count && !Done; i++)
        {
            Write(delivery, i);
        }

        if (delivery.Notifications.Count == 0)
        {
            receiver!.MarkTaken(delivery, 0);
        }
    }

    private void Write(ReceivedDelivery delivery, int index)
    {
        try
        {
            WriteObject(new WebhookEvent(delivery.Notifications[index]));
        }
        catch (PipelineStoppedException) when (!IsCancelled)
        {
            // Select-Object -First stops the pipeline after it took this event: it was taken.
            receiver!.MarkTaken(delivery, index + 1);
            throw;
        }

        written++;
        receiver!.MarkTaken(delivery, index + 1);
    }

    private void Report(WebhookReceiverNotice notice)
    {
        switch (notice.Kind)
        {
            case WebhookNoticeKind.Repeated:
            case WebhookNoticeKind.NotADelivery:
                WriteVerbose(notice.Message);
                break;
            case WebhookNoticeKind.QueueFull:
                WriteWarning(notice.Message);
                break;
            default:
                var category = notice.ErrorId.Contains("Signature") || notice.ErrorId.Contains("Unsigned") ? ErrorCategory.SecurityError
                    : notice.Kind == WebhookNoticeKind.Failed ? ErrorCategory.WriteError : ErrorCategory.InvalidData;
                Exception error = category == ErrorCategory.SecurityError ? new SecurityException(notice.Message) : new InvalidOperationException(notice.Message, notice.Error);
                WriteError(new ErrorRecord(error, notice.ErrorId, category, notice.Request));
                break;
        }
    }

    private void ReportDroppedNotices()
    {
        var dropped = receiver!.TakeDroppedNoticeCount();
        if (dropped > 0)
        {
            WriteWarning($"{dropped} more rejected or repeated requests were answered and dropped without a record of each (too many arrived at once).");
        }
    }

    private string[] ResolveSecrets()
    {
        if (Secret is not null)
        {
            if (Secret.Length == 0)
            {
                ThrowTerminatingError(ErrorRecords.InvalidInput("KiotVietWebhookSecretEmpty", "The webhook secret is empty.", null));
            }

            return new[] { SecureStrings.Reveal(Secret) };
        }

        var connection = Connection ?? ConnectionRegistry.Get();
        var known = connection is null ? Array.Empty<string>() : RegisteredWebhookSecrets.Reveal(connection);
        if (known.Count == 0)
        {
            ThrowTerminatingError(ErrorRecords.InvalidInput(
                "KiotVietWebhookSecretMissing",
                "Give -Secret: the secret the webhook was registered with (KiotViet never returns it). Without -Secret, Receive-KvWebhook verifies with the secrets of the webhooks registered by Register-KvWebhook on this connection in this session, and there are none.",
                null));
        }

        return System.Linq.Enumerable.ToArray(known);
    }
}
