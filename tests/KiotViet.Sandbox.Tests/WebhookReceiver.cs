using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;

namespace KiotViet.Sandbox.Tests;

/// <summary>A loopback endpoint that records webhook posts and answers with scripted statuses (then 200).</summary>
public sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Channel<ReceivedPost> posts = Channel.CreateUnbounded<ReceivedPost>();
    private readonly Queue<int> scriptedStatuses;
    private TimeSpan firstAnswerDelay;

    public WebhookReceiver(params int[] statuses)
        : this(TimeSpan.Zero, statuses)
    {
    }

    /// <summary>A receiver that takes <paramref name="firstAnswerDelay"/> to answer the first post.</summary>
    public WebhookReceiver(TimeSpan firstAnswerDelay, params int[] statuses)
    {
        this.firstAnswerDelay = firstAnswerDelay;
        scriptedStatuses = new Queue<int>(statuses);
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Url = $"http://127.0.0.1:{port}/hook/";
        listener.Prefixes.Add(Url);
        listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public string Url { get; }

    public async Task<ReceivedPost> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await posts.Reader.ReadAsync(timeout.Token);
    }

    public bool TryTakeAnother(out ReceivedPost? post) => posts.Reader.TryRead(out post);

    public void Dispose() => listener.Close();

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.InputStream.CopyToAsync(buffer);
        int status;
        TimeSpan delay;
        lock (scriptedStatuses)
        {
            status = scriptedStatuses.Count > 0 ? scriptedStatuses.Dequeue() : 200;
            delay = firstAnswerDelay;
            firstAnswerDelay = TimeSpan.Zero;
        }

        var headers = context.Request.Headers;
        posts.Writer.TryWrite(new ReceivedPost(headers["X-Hub-Signature"], buffer.ToArray(), headers["X-Webhook-Event"], headers["X-Webhook-Delivery"]));
        await Task.Delay(delay);
        context.Response.StatusCode = status;
        context.Response.Close();
    }
}

public sealed record ReceivedPost(string? Signature, byte[] Body, string? EventHeader = null, string? DeliveryHeader = null);
