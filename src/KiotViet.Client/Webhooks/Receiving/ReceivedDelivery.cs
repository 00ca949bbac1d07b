using System;
using System.Collections.Generic;

namespace KiotViet.Webhooks.Receiving;

/// <summary>A verified delivery waiting for the consumer, with how many of its notifications were already taken.</summary>
public sealed class ReceivedDelivery
{
    internal ReceivedDelivery(IReadOnlyList<string> keys, IReadOnlyList<WebhookNotification> notifications, DateTimeOffset receivedAt, int taken, bool fromJournal)
    {
        Keys = keys;
        Notifications = notifications;
        ReceivedAt = receivedAt;
        Taken = taken;
        FromJournal = fromJournal;
    }

    public IReadOnlyList<WebhookNotification> Notifications { get; }

    public DateTimeOffset ReceivedAt { get; }

    /// <summary>Notifications already taken (by an earlier run, when read back from the journal).</summary>
    public int Taken { get; internal set; }

    /// <summary>True when an earlier run received it and the journal kept it.</summary>
    public bool FromJournal { get; }

    internal IReadOnlyList<string> Keys { get; }
}

/// <summary>What the receiver did with a request it did not queue, for the consumer to report.</summary>
public enum WebhookNoticeKind
{
    /// <summary>Not KiotViet's, or not readable: a bad or missing signature, a body that is not UTF-8 JSON, too large.</summary>
    Rejected,

    /// <summary>A delivery already accepted (a retry): answered 200 and dropped.</summary>
    Repeated,

    /// <summary>The queue was full: answered 503 so KiotViet sends it again later.</summary>
    QueueFull,

    /// <summary>Not a POST (a browser, a health check): answered 200 and ignored.</summary>
    NotADelivery,

    /// <summary>The receiver could not keep the delivery (the journal could not be written): answered 503.</summary>
    Failed,
}

/// <summary>A request the receiver did not queue, and why.</summary>
public sealed class WebhookReceiverNotice
{
    internal WebhookReceiverNotice(WebhookNoticeKind kind, string message, string errorId, WebhookRequest request, Exception? error = null)
    {
        Kind = kind;
        Message = message;
        ErrorId = errorId;
        Request = request;
        Error = error;
    }

    public WebhookNoticeKind Kind { get; }

    public string Message { get; }

    /// <summary>A stable id for the error record, e.g. KiotVietWebhookSignatureMismatch.</summary>
    public string ErrorId { get; }

    public WebhookRequest Request { get; }

    public Exception? Error { get; }
}

/// <summary>One request as it arrived: enough to find its sender and to replay it once the cause is fixed.</summary>
public sealed class WebhookRequest
{
    internal WebhookRequest(DateTimeOffset receivedAt, string method, string? remoteAddress, string? signature, string? deliveryHeader, string? eventHeader, byte[] body)
    {
        ReceivedAt = receivedAt;
        Method = method;
        RemoteAddress = remoteAddress;
        Signature = signature;
        DeliveryHeader = deliveryHeader;
        EventHeader = eventHeader;
        Body = body;
    }

    public DateTimeOffset ReceivedAt { get; }

    public string Method { get; }

    public string? RemoteAddress { get; }

    /// <summary>The X-Hub-Signature header (a digest, not a secret).</summary>
    public string? Signature { get; }

    /// <summary>The X-Webhook-Delivery header.</summary>
    public string? DeliveryHeader { get; }

    /// <summary>The X-Webhook-Event header.</summary>
    public string? EventHeader { get; }

    /// <summary>The raw body; give it to ConvertFrom-KvWebhook to replay the delivery.</summary>
    public byte[] Body { get; }

    public int BodyLength => Body.Length;

    public override string ToString() => $"{Method} from {RemoteAddress ?? "?"} at {ReceivedAt:O} ({Body.Length} bytes)";
}
