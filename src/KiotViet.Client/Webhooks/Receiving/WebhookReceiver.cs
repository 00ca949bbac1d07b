using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Threading;
using System.Threading.Tasks;

namespace KiotViet.Webhooks.Receiving;

/// <summary>
/// Receives KiotViet's webhook deliveries on an HttpListener prefix and hands the verified ones, each once, to one
/// consumer (docs/design.md, "Receiving webhooks"). Every request is answered at once, before the consumer sees it:
/// KiotViet counts a delivery failed after 5 s and switches off an endpoint that answers 400, 401, 403, 404 or 405, so
/// a forged, unsigned, unreadable or repeated request is answered 200 and reported, never refused. Only a full queue
/// (or a journal that cannot be written) is answered 503, which makes KiotViet send the delivery again later.
/// With a journal, a delivery is on disk before it is answered and leaves it once the consumer has taken it.
/// </summary>
public sealed class WebhookReceiver : IDisposable
{
    private const string SignatureHeader = "X-Hub-Signature";
    private const string DeliveryHeader = "X-Webhook-Delivery";
    private const string EventHeader = "X-Webhook-Event";

    private readonly WebhookReceiverOptions options;
    private readonly HttpListener listener = new();
    private readonly BlockingCollection<object> queue = new();
    private readonly SeenKeys seen;
    private readonly object accepting = new();
    private readonly WebhookJournal? journal;
    private readonly CancellationTokenSource stopping = new();
    private int queuedDeliveries;
    private int queuedNotices;
    private int droppedNotices;
    private int disposed;

    private WebhookReceiver(WebhookReceiverOptions options)
    {
        this.options = options;
        seen = new SeenKeys(options.RememberedDeliveries);
        if (options.JournalPath is { } path)
        {
            journal = OpenJournal(path);
            seen.Add(journal.Seen);
            foreach (var entry in journal.Pending)
            {
                seen.Add(entry.Keys);
                queuedDeliveries++;
                queue.Add(new ReceivedDelivery(entry.Keys, WebhookPayload.Parse(entry.Body), entry.ReceivedAt, entry.Taken, fromJournal: true));
            }
        }
    }

    public string Prefix => options.Prefix;

    /// <summary>Deliveries answered and waiting for the consumer.</summary>
    public int Waiting => Volatile.Read(ref queuedDeliveries);

    /// <summary>How many of <see cref="Waiting"/> an earlier run left in the journal.</summary>
    public int FromJournal { get; private set; }

    /// <summary>Opens the journal (reading what an earlier run left) and starts listening.</summary>
    /// <exception cref="WebhookReceiverUnavailableException">The prefix cannot be listened on, or the journal cannot be opened.</exception>
    public static WebhookReceiver Start(WebhookReceiverOptions options)
    {
        var receiver = new WebhookReceiver(options ?? throw new ArgumentNullException(nameof(options)));
        receiver.FromJournal = receiver.queuedDeliveries;
        try
        {
            receiver.Listen();
        }
        catch
        {
            receiver.Dispose();
            throw;
        }

        return receiver;
    }

    /// <summary>Waits for the next delivery or notice, in arrival order; false when none came in time.</summary>
    public bool TryTake(out object? item, TimeSpan wait, CancellationToken cancellationToken)
    {
        var milliseconds = wait == Timeout.InfiniteTimeSpan ? Timeout.Infinite : (int)Math.Max(0, Math.Min(int.MaxValue, wait.TotalMilliseconds));
        if (!queue.TryTake(out item, milliseconds, cancellationToken))
        {
            return false;
        }

        if (item is ReceivedDelivery)
        {
            Interlocked.Decrement(ref queuedDeliveries);
        }
        else
        {
            Interlocked.Decrement(ref queuedNotices);
        }

        return true;
    }

    /// <summary>Records that the consumer has taken the delivery's first <paramref name="notifications"/> notifications.</summary>
    public void MarkTaken(ReceivedDelivery delivery, int notifications)
    {
        delivery.Taken = notifications;
        if (journal is null)
        {
            return;
        }

        if (notifications >= delivery.Notifications.Count)
        {
            journal.Done(delivery.Keys[0]);
        }
        else
        {
            journal.Took(delivery.Keys[0], notifications);
        }
    }

    /// <summary>Rejection notices not kept because too many were waiting; reading resets the count.</summary>
    public int TakeDroppedNoticeCount() => Interlocked.Exchange(ref droppedNotices, 0);

    /// <summary>Stops accepting requests and frees the port; what was queued can still be taken.</summary>
    public void StopListening()
    {
        if (!stopping.IsCancellationRequested)
        {
            stopping.Cancel();
        }

        try
        {
            listener.Close();
        }
        catch (ObjectDisposedException)
        {
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        StopListening();
        lock (accepting)
        {
            journal?.Dispose();
        }
    }

    private static WebhookJournal OpenJournal(string path)
    {
        try
        {
            return WebhookJournal.Open(path, 10_000);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new WebhookReceiverUnavailableException(
                "KiotVietWebhookJournalUnavailable",
                $"The journal '{path}' cannot be opened: {ex.Message} Another receiver may be using it; give each receiver its own journal.",
                ex);
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException or KeyNotFoundException or System.Text.Json.JsonException)
        {
            throw new WebhookReceiverUnavailableException(
                "KiotVietWebhookJournalUnreadable",
                $"The journal '{path}' is not a webhook journal this module wrote ({ex.Message}). Give another path; keep this file if it holds deliveries.",
                ex);
        }
    }

    private void Listen()
    {
        try
        {
            listener.Prefixes.Add(options.Prefix);
            listener.Start();
        }
        catch (ArgumentException ex)
        {
            throw new WebhookReceiverUnavailableException("KiotVietWebhookPrefixInvalid", $"'{options.Prefix}' is not a listener prefix: {ex.Message} Write it as http://+:8080/kiotviet/ or http://127.0.0.1:8080/.", ex);
        }
        catch (HttpListenerException ex) when (ex.ErrorCode == 5)
        {
            throw new WebhookReceiverUnavailableException(
                "KiotVietWebhookPrefixAccessDenied",
                $"This account may not listen on {options.Prefix}. On Windows, let it once from an elevated prompt: netsh http add urlacl url={options.Prefix} user=<your account>; or run as administrator.",
                ex);
        }
        catch (HttpListenerException ex)
        {
            throw new WebhookReceiverUnavailableException(
                "KiotVietWebhookPrefixInUse",
                $"Cannot listen on {options.Prefix}: {ex.Message}. Another program (or another receiver) is using that address and port: choose another port in -Prefix, or stop the other program.",
                ex);
        }

        _ = Task.Run(AcceptLoopAsync);
    }

    private async Task AcceptLoopAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (HttpListenerException)
            {
                continue; // a client that went away before its request was read
            }
            catch (ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            response.StatusCode = await AcceptAsync(context.Request).ConfigureAwait(false);
            if (response.StatusCode == 503)
            {
                response.AddHeader("Retry-After", "5");
            }

            response.ContentLength64 = 0;
            response.Close();
        }
        catch (Exception)
        {
            // The sender went away, or the receiver is stopping: nothing can be answered any more.
            try
            {
                response.Abort();
            }
            catch (Exception)
            {
            }
        }
    }

    private async Task<int> AcceptAsync(HttpListenerRequest http)
    {
        var receivedAt = DateTimeOffset.UtcNow;
        var body = string.Equals(http.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase)
            ? await ReadBodyAsync(http.InputStream, options.MaxBodyBytes).ConfigureAwait(false)
            : Array.Empty<byte>();
        var request = new WebhookRequest(
            receivedAt, http.HttpMethod, http.RemoteEndPoint?.Address.ToString(), http.Headers[SignatureHeader], http.Headers[DeliveryHeader], http.Headers[EventHeader], body ?? Array.Empty<byte>());
        if (!string.Equals(http.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase))
        {
            Notice(WebhookNoticeKind.NotADelivery, "KiotVietWebhookNotADelivery", $"A {http.HttpMethod} request was answered 200 and ignored: KiotViet posts its deliveries.", request);
            return 200;
        }

        if (body is null)
        {
            Notice(WebhookNoticeKind.Rejected, "KiotVietWebhookBodyTooLarge", $"A delivery of more than {options.MaxBodyBytes:N0} bytes was dropped: KiotViet's deliveries are far smaller.", request);
            return 200;
        }

        var check = Verify(body, request.Signature);
        if (!check.IsValid)
        {
            var (id, what) = string.IsNullOrWhiteSpace(request.Signature)
                ? ("KiotVietWebhookUnsigned", "an unsigned delivery")
                : ("KiotVietWebhookSignatureMismatch", "a delivery whose signature does not match");
            Notice(WebhookNoticeKind.Rejected, id, $"Dropped {what} from {request.RemoteAddress}: {check.Reason} It was answered 200, so KiotViet keeps delivering.", request);
            return 200;
        }

        IReadOnlyList<WebhookNotification> notifications;
        IReadOnlyList<string> keys;
        try
        {
            notifications = WebhookPayload.Parse(body);
            keys = DeliveryKeys.For(request.DeliveryHeader, body);
        }
        catch (FormatException ex)
        {
            Notice(WebhookNoticeKind.Rejected, "KiotVietWebhookPayloadInvalid", $"Dropped a signed delivery that cannot be read: {ex.Message}", request, ex);
            return 200;
        }

        return Enqueue(request, keys, notifications);
    }

    private int Enqueue(WebhookRequest request, IReadOnlyList<string> keys, IReadOnlyList<WebhookNotification> notifications)
    {
        lock (accepting)
        {
            if (seen.ContainsAny(keys))
            {
                Notice(WebhookNoticeKind.Repeated, "KiotVietWebhookRepeated", $"Dropped a repeated delivery ({Describe(request, notifications)}): it was received before.", request);
                return 200;
            }

            if (queuedDeliveries >= options.QueueLimit)
            {
                Notice(WebhookNoticeKind.QueueFull, "KiotVietWebhookQueueFull", $"{options.QueueLimit:N0} deliveries are waiting for the pipeline: a delivery was answered 503, so KiotViet sends it again later.", request);
                return 503;
            }

            try
            {
                journal?.Added(keys, request.Body, request.ReceivedAt);
            }
            catch (Exception ex) when (ex is IOException or ObjectDisposedException or UnauthorizedAccessException)
            {
                Notice(WebhookNoticeKind.Failed, "KiotVietWebhookJournalWriteFailed", $"A delivery could not be written to the journal ({ex.Message}); it was answered 503, so KiotViet sends it again later.", request, ex);
                return 503;
            }

            seen.Add(keys);
            queuedDeliveries++;
            queue.Add(new ReceivedDelivery(keys, notifications, request.ReceivedAt, 0, fromJournal: false));
            return 200;
        }
    }

    private static string Describe(WebhookRequest request, IReadOnlyList<WebhookNotification> notifications)
    {
        var first = notifications.Count > 0 ? notifications[0] : null;
        return first is null ? "no notifications" : $"{first.EventType}, Id {first.DeliveryId}, attempt {first.Attempt}";
    }

    private WebhookSignatureResult Verify(byte[] body, string? signature)
    {
        WebhookSignatureResult result = null!;
        foreach (var secret in options.Secrets)
        {
            result = WebhookSignature.Verify(body, signature, secret);
            if (result.IsValid)
            {
                break;
            }
        }

        return result;
    }

    private void Notice(WebhookNoticeKind kind, string errorId, string message, WebhookRequest request, Exception? error = null)
    {
        if (Interlocked.Increment(ref queuedNotices) > options.NoticeLimit && kind is WebhookNoticeKind.Rejected or WebhookNoticeKind.NotADelivery or WebhookNoticeKind.Repeated)
        {
            Interlocked.Decrement(ref queuedNotices);
            Interlocked.Increment(ref droppedNotices);
            return;
        }

        try
        {
            queue.Add(new WebhookReceiverNotice(kind, message, errorId, request, error));
        }
        catch (InvalidOperationException)
        {
            Interlocked.Decrement(ref queuedNotices);
        }
    }

    /// <summary>The body, or null when it is longer than <paramref name="limit"/>.</summary>
    private static async Task<byte[]?> ReadBodyAsync(Stream input, int limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await input.ReadAsync(chunk, 0, chunk.Length).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}

/// <summary>The receiver could not start: its prefix or journal is unavailable. <see cref="ErrorId"/> says which.</summary>
public sealed class WebhookReceiverUnavailableException : Exception
{
    public WebhookReceiverUnavailableException(string errorId, string message, Exception? inner = null)
        : base(message, inner) => ErrorId = errorId;

    public string ErrorId { get; }
}
