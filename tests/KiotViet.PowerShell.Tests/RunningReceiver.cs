using System.Diagnostics;
using System.Management.Automation;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace KiotViet.PowerShell.Tests;

/// <summary>
/// A Receive-KvWebhook pipeline running in a session of its own, as a user's script runs it, and a sender that posts
/// deliveries to it the way KiotViet does. Waits are on conditions (listening, so many events written), never on time.
/// </summary>
public sealed class RunningReceiver : IDisposable
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(3);
    private readonly System.Management.Automation.PowerShell shell;
    private readonly IAsyncResult invocation;
    private readonly TaskCompletionSource listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly object outputChanged = new();

    /// <param name="script">Runs with $prefix, $secret and the given variables; Receive-KvWebhook must get -Verbose.</param>
    public RunningReceiver(PowerShellSession session, string script, string prefix, IDictionary<string, object?>? variables = null)
    {
        Prefix = prefix;
        shell = System.Management.Automation.PowerShell.Create();
        shell.Runspace = session.Runspace;
        session.Runspace.SessionStateProxy.SetVariable("prefix", prefix);
        session.Runspace.SessionStateProxy.SetVariable("secret", new NetworkCredential(string.Empty, WebhookSender.Secret).SecurePassword);
        foreach (var (name, value) in variables ?? new Dictionary<string, object?>())
        {
            session.Runspace.SessionStateProxy.SetVariable(name, value);
        }

        shell.AddScript(script);
        shell.Streams.Verbose.DataAdded += (_, e) =>
        {
            if (shell.Streams.Verbose[e.Index].Message.StartsWith("Listening on", StringComparison.Ordinal))
            {
                listening.TrySetResult();
            }
        };
        shell.InvocationStateChanged += (_, e) =>
        {
            if (e.InvocationStateInfo.State is PSInvocationState.Completed or PSInvocationState.Failed or PSInvocationState.Stopped)
            {
                listening.TrySetResult();
                ended.TrySetResult();
            }
        };
        Output.DataAdded += (_, _) =>
        {
            lock (outputChanged)
            {
                Monitor.PulseAll(outputChanged);
            }
        };
        invocation = shell.BeginInvoke<PSObject, PSObject>(null, Output);
        if (!listening.Task.Wait(HangGuard))
        {
            throw new TimeoutException("Receive-KvWebhook did not start listening.");
        }

        if (HasEnded)
        {
            throw new InvalidOperationException($"Receive-KvWebhook ended ({shell.InvocationStateInfo.State}: {shell.InvocationStateInfo.Reason?.Message}) before it listened: " + string.Join("; ", Errors.Select(e => e.ToString())));
        }
    }

    public string Prefix { get; }

    public PSDataCollection<PSObject> Output { get; } = new();

    public IReadOnlyList<ErrorRecord> Errors => shell.Streams.Error.ToList();

    public IReadOnlyList<string> Verbose => shell.Streams.Verbose.Select(v => v.Message).ToList();

    public IReadOnlyList<string> Warnings => shell.Streams.Warning.Select(v => v.Message).ToList();

    public bool HasEnded => ended.Task.IsCompleted;

    /// <summary>The terminating error the run ended with, if any.</summary>
    public Exception? Failure { get; private set; }

    /// <summary>A free loopback port, found by binding port 0.</summary>
    public static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public static string FreePrefix() => $"http://127.0.0.1:{FreePort()}/kiotviet/";

    /// <summary>Blocks until the pipeline has written at least <paramref name="count"/> objects (or the run ended).</summary>
    public void WaitForOutput(int count)
    {
        var guard = Stopwatch.StartNew();
        lock (outputChanged)
        {
            while (Output.Count < count && !HasEnded)
            {
                Monitor.Wait(outputChanged, TimeSpan.FromSeconds(1));
                if (guard.Elapsed > HangGuard)
                {
                    throw new TimeoutException($"Only {Output.Count} of {count} events were written.");
                }
            }
        }
    }

    /// <summary>Waits for the run to end by itself (-First, -Timeout) and returns what it wrote.</summary>
    public IReadOnlyList<PSObject> WaitForEnd()
    {
        if (!ended.Task.Wait(HangGuard))
        {
            throw new TimeoutException("Receive-KvWebhook did not stop.");
        }

        try
        {
            shell.EndInvoke(invocation);
        }
        catch (RuntimeException ex)
        {
            Failure = ex;
        }

        return Output.ToList();
    }

    /// <summary>Ctrl+C.</summary>
    public void Stop()
    {
        shell.Stop();
        WaitForEnd();
    }

    public void Dispose()
    {
        if (!HasEnded)
        {
            shell.Stop();
        }

        shell.Dispose();
    }
}

/// <summary>Posts webhook deliveries as KiotViet does: the envelope, X-Hub-Signature = sha1= + hex HMAC-SHA256 of the raw body.</summary>
public sealed class WebhookSender : IDisposable
{
    public const string Secret = "c2hvcC13ZWJob29rLXNlY3JldA==";
    private readonly HttpClient http = new(new SocketsHttpHandler { UseProxy = false, MaxConnectionsPerServer = 64 });
    private readonly string url;

    public WebhookSender(string url) => this.url = url;

    public static string Body(string id, int attempt, string action, string data) =>
        $$"""{"Id":"{{id}}","Attempt":{{attempt}},"Notifications":[{"Action":"{{action}}.500400541","Data":{{data}}}]}""";

    /// <summary>A customer.update delivery for customer <paramref name="customerId"/>.</summary>
    public static string CustomerBody(string id, long customerId, int attempt = 1, string modified = "2026-12-01T10:00:00") =>
        Body(id, attempt, "customer.update", $$"""[{"Id":{{customerId}},"Code":"KH{{customerId:D6}}","Name":"Khách {{customerId}}","ModifiedDate":"{{modified}}"}]""");

    public static string Sign(byte[] body, string secret = Secret)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        return "sha1=" + Convert.ToHexString(hmac.ComputeHash(body)).ToLowerInvariant();
    }

    public Task<HttpStatusCode> PostAsync(string body, string? signature = "sign", string? deliveryHeader = null) =>
        PostAsync(Encoding.UTF8.GetBytes(body), signature, deliveryHeader);

    /// <param name="signature">"sign" to sign correctly, null to send no header, anything else is sent as it is.</param>
    public async Task<HttpStatusCode> PostAsync(byte[] body, string? signature = "sign", string? deliveryHeader = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Hub-Signature", signature == "sign" ? Sign(body) : signature);
        }

        if (deliveryHeader is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Webhook-Delivery", deliveryHeader);
        }

        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    public void Dispose() => http.Dispose();
}
