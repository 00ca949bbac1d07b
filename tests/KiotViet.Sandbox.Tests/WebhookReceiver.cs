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

    public WebhookReceiver(params int[] statuses)
    {
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

            using var buffer = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(buffer);
            int status;
            lock (scriptedStatuses)
            {
                status = scriptedStatuses.Count > 0 ? scriptedStatuses.Dequeue() : 200;
            }

            posts.Writer.TryWrite(new ReceivedPost(context.Request.Headers["X-Hub-Signature"], buffer.ToArray()));
            context.Response.StatusCode = status;
            context.Response.Close();
        }
    }
}

public sealed record ReceivedPost(string? Signature, byte[] Body);
