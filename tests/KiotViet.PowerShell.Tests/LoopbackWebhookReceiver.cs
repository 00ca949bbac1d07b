using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;

namespace KiotViet.PowerShell.Tests;

/// <summary>
/// A webhook receiver on a free loopback port: keeps the raw body and signature header of every POST and answers 200,
/// or 500 to the first <c>failFirst</c> deliveries (to see the sender retry).
/// </summary>
public sealed class LoopbackWebhookReceiver : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Channel<ReceivedDelivery> deliveries = Channel.CreateUnbounded<ReceivedDelivery>();
    private readonly Task loop;
    private int failuresLeft;

    public LoopbackWebhookReceiver(int failFirst = 0)
    {
        failuresLeft = failFirst;
        Url = new Uri($"http://127.0.0.1:{FreePort()}/kiotviet/webhook/");
        listener.Prefixes.Add(Url.ToString());
        listener.Start();
        loop = Task.Run(ListenAsync);
    }

    public Uri Url { get; }

    /// <summary>The next delivery, or a timeout failure.</summary>
    public async Task<ReceivedDelivery> NextAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            return await deliveries.Reader.ReadAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No webhook delivery reached {Url} within {timeout.TotalSeconds:N0} s.");
        }
    }

    public void Dispose()
    {
        listener.Close();
        deliveries.Writer.TryComplete();
        loop.Wait(TimeSpan.FromSeconds(5));
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task ListenAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            ReceivedDelivery delivery;
            try
            {
                using var body = new MemoryStream();
                await context.Request.InputStream.CopyToAsync(body);
                delivery = new ReceivedDelivery(body.ToArray(), context.Request.Headers["X-Hub-Signature"], context.Request.HttpMethod);
                context.Response.StatusCode = Interlocked.Decrement(ref failuresLeft) >= 0 ? 500 : 200;
                context.Response.Close();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException or IOException)
            {
                return; // the test is done and closed the listener mid-request
            }

            // Published once answered, so a test that has it may close the receiver at once.
            deliveries.Writer.TryWrite(delivery);
        }
    }
}

public sealed record ReceivedDelivery(byte[] Body, string? Signature, string Method);
