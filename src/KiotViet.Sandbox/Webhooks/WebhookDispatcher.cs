using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using KiotViet.Sandbox.Http;

namespace KiotViet.Sandbox.Webhooks;

/// <summary>
/// Posts notifications to the registered URL in the background: signed with X-Hub-Signature, retried with a growing Attempt
/// when the receiver fails or is slower than the timeout, and stopped for good on 400/401/403/404/405.
/// </summary>
internal sealed class WebhookDispatcher : IDisposable
{
    private static readonly int[] StopStatuses = { 400, 401, 403, 404, 405 };
    private readonly HttpClient http = new(new SocketsHttpHandler { UseProxy = false }) { Timeout = Timeout.InfiniteTimeSpan };
    private readonly CancellationTokenSource shutdown = new();
    private readonly List<WebhookDelivery> log = new();
    private readonly SandboxOptions options;
    private readonly TimeProvider clock;

    public WebhookDispatcher(SandboxOptions options, TimeProvider clock)
    {
        this.options = options;
        this.clock = clock;
    }

    public IReadOnlyList<WebhookDelivery> Deliveries
    {
        get
        {
            lock (log)
            {
                return log.ToArray();
            }
        }
    }

    public void ClearLog()
    {
        lock (log)
        {
            log.Clear();
        }
    }

    /// <summary>Starts delivering to the hook (if any); the returned task ends when delivery succeeded or gave up.</summary>
    public Task Send(WebhookRegistration? hook, string type, JsonArray data)
    {
        if (hook is null || !hook.IsActive || hook.Stopped)
        {
            return Task.CompletedTask;
        }

        return Task.Run(() => DeliverAsync(hook, type, data));
    }

    public void Dispose()
    {
        shutdown.Cancel();
        http.Dispose();
        shutdown.Dispose();
    }

    private async Task DeliverAsync(WebhookRegistration hook, string type, JsonArray data)
    {
        var notificationId = Guid.NewGuid();
        var deliveryId = Guid.NewGuid();
        var delay = options.WebhookRetryDelay;
        for (var attempt = 1; attempt <= options.WebhookMaxAttempts && !shutdown.IsCancellationRequested; attempt++)
        {
            if (attempt > 1 && options.WebhookDeliveryHeaders == WebhookDeliveryHeaders.NewPerAttempt)
            {
                deliveryId = Guid.NewGuid();
            }

            var status = await AttemptAsync(hook, type, data, notificationId, deliveryId, attempt);
            if (status is >= 200 and < 300)
            {
                return;
            }

            if (status is { } refused && StopStatuses.Contains(refused))
            {
                hook.Stopped = true;
                return;
            }

            if (attempt < options.WebhookMaxAttempts && !await PauseAsync(delay))
            {
                return;
            }

            delay *= 2;
        }
    }

    /// <summary>Waits before a retry; false when the sandbox is shutting down.</summary>
    private async Task<bool> PauseAsync(TimeSpan delay)
    {
        try
        {
            await Task.Delay(delay, clock, shutdown.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task<int?> AttemptAsync(WebhookRegistration hook, string type, JsonArray data, Guid notificationId, Guid deliveryId, int attempt)
    {
        var envelope = new JsonObject
        {
            ["Id"] = notificationId.ToString(),
            ["Attempt"] = attempt,
            ["Notifications"] = new JsonArray(new JsonObject { ["Action"] = $"{type}.{hook.RetailerId}", ["Data"] = data.DeepClone() }),
        };
        var body = System.Text.Encoding.UTF8.GetBytes(envelope.ToJsonString(SandboxJson.Webhook));
        var signature = string.IsNullOrEmpty(hook.Secret) ? null : WebhookSigner.Sign(body, hook.Secret, options.WebhookSignature);
        using var request = new HttpRequestMessage(HttpMethod.Post, hook.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Hub-Signature", signature);
        }

        if (options.WebhookDeliveryHeaders != WebhookDeliveryHeaders.None)
        {
            request.Headers.TryAddWithoutValidation("X-Webhook-Event", type);
            request.Headers.TryAddWithoutValidation("X-Webhook-Delivery", deliveryId.ToString());
        }

        int? status = null;
        string? error = null;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(shutdown.Token);
        timeout.CancelAfter(options.WebhookTimeout);
        try
        {
            using var response = await http.SendAsync(request, timeout.Token);
            status = (int)response.StatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            error = e is OperationCanceledException ? $"No answer within {options.WebhookTimeout.TotalSeconds:0.#} s" : e.Message;
        }

        lock (log)
        {
            log.Add(new WebhookDelivery(hook.Id, type, hook.Url, notificationId, attempt, body, signature, status, error, clock.GetUtcNow()));
        }

        return status;
    }
}
