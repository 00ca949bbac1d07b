using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Management.Automation;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Xunit;
using Xunit.Abstractions;

namespace KiotViet.PowerShell.Tests;

/// <summary>Receive-KvWebhook as a user's script runs it: real HTTP deliveries on a free loopback port.</summary>
public sealed class ReceiveKvWebhookTests : IDisposable
{
    private const string SlowPipeline = "Receive-KvWebhook -Prefix $prefix -Secret $secret -Verbose @extra | ForEach-Object { [void]$entered.Release(); while (-not $gate.Wait(20)) { }; $_ }";
    private readonly PowerShellSession session = new();
    private readonly ITestOutputHelper log;

    public ReceiveKvWebhookTests(ITestOutputHelper log) => this.log = log;

    public void Dispose() => session.Dispose();

    private static long CustomerId(PSObject webhookEvent) =>
        Convert.ToInt64(((IEnumerable<PSObject>)webhookEvent.Properties["Data"].Value).Single().Properties["Id"].Value);

    [Fact]
    public async Task Forged_unsigned_and_unreadable_deliveries_are_answered_200_and_reported_as_errors_never_output()
    {
        var prefix = RunningReceiver.FreePrefix();
        using var receiver = new RunningReceiver(session, "Receive-KvWebhook -Prefix $prefix -Secret $secret -First 1 -Verbose", prefix);
        using var sender = new WebhookSender(prefix);
        var valid = WebhookSender.CustomerBody("d-valid", 1);
        var forgedBody = Encoding.UTF8.GetBytes(WebhookSender.CustomerBody("d-forged", 2));
        var notUtf8 = new byte[] { 0x7B, 0x22, 0xC3, 0x28, 0xFF, 0xFE, 0x7D };

        var answers = new[]
        {
            await sender.PostAsync(forgedBody, WebhookSender.Sign(forgedBody, "another-shops-secret")),
            await sender.PostAsync(WebhookSender.CustomerBody("d-unsigned", 3), signature: null),
            await sender.PostAsync(WebhookSender.CustomerBody("d-garbled", 4), signature: "sha1=not-a-digest"),
            await sender.PostAsync(notUtf8),
            await sender.PostAsync("this is not json"),
            await sender.PostAsync(valid),
        };
        var events = receiver.WaitForEnd();

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a));
        Assert.Equal(1, CustomerId(Assert.Single(events)));
        Assert.Equal(
            new[] { "KiotVietWebhookSignatureMismatch", "KiotVietWebhookUnsigned", "KiotVietWebhookSignatureMismatch", "KiotVietWebhookPayloadInvalid", "KiotVietWebhookPayloadInvalid" },
            receiver.Errors.Select(e => e.FullyQualifiedErrorId.Split(',')[0]));
        Assert.Equal(ErrorCategory.SecurityError, receiver.Errors[0].CategoryInfo.Category);
        Assert.Contains("not valid UTF-8", receiver.Errors[3].Exception.Message);
        // The error keeps the request, so a delivery refused for a wrong secret can be replayed with ConvertFrom-KvWebhook.
        Assert.Equal(forgedBody, (byte[])PSObject.AsPSObject(receiver.Errors[0].TargetObject).Properties["Body"].Value);
        Assert.DoesNotContain(WebhookSender.Secret, string.Join("\n", receiver.Errors.Select(e => e.ToString()).Concat(receiver.Verbose)));
        Assert.Null(receiver.Failure);
    }

    [Fact]
    public async Task A_repeated_delivery_is_output_once_and_out_of_order_deliveries_come_out_as_they_arrived()
    {
        var prefix = RunningReceiver.FreePrefix();
        using var receiver = new RunningReceiver(session, "Receive-KvWebhook -Prefix $prefix -Secret $secret -First 6 -Verbose", prefix);
        using var sender = new WebhookSender(prefix);

        var answers = new[]
        {
            await sender.PostAsync(WebhookSender.CustomerBody("a", 1)),
            await sender.PostAsync(WebhookSender.CustomerBody("b", 2)),
            await sender.PostAsync(WebhookSender.CustomerBody("a", 1, attempt: 2)),                 // KiotViet's retry: same Id, next Attempt
            await sender.PostAsync(WebhookSender.CustomerBody("c", 3), deliveryHeader: "9f1c0000000000000000000000000001"),
            await sender.PostAsync(WebhookSender.CustomerBody("c", 3, attempt: 2), deliveryHeader: "9f1c0000000000000000000000000001"),
            await sender.PostAsync(WebhookSender.CustomerBody("d", 4), deliveryHeader: "aaaa0000000000000000000000000001"),
            await sender.PostAsync(WebhookSender.CustomerBody("d", 4, attempt: 2), deliveryHeader: "aaaa0000000000000000000000000002"), // a header new on each attempt
            await sender.PostAsync(WebhookSender.CustomerBody("e", 7, modified: "2026-12-01T10:05:00")),
            await sender.PostAsync(WebhookSender.CustomerBody("f", 7, modified: "2026-12-01T10:00:00")),                       // older, arriving later
        };
        var events = receiver.WaitForEnd();

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a));
        Assert.Equal(new[] { "a", "b", "c", "d", "e", "f" }, events.Select(e => (string)e.Properties["DeliveryId"].Value));
        Assert.Equal(3, receiver.Verbose.Count(v => v.StartsWith("Dropped a repeated delivery", StringComparison.Ordinal)));
        Assert.Empty(receiver.Errors);
    }

    [Fact]
    public async Task A_burst_of_1000_deliveries_while_the_pipeline_is_busy_is_answered_200_and_output_once_each()
    {
        const int Deliveries = 1000;
        var prefix = RunningReceiver.FreePrefix();
        using var gate = new ManualResetEventSlim(false);
        using var entered = new SemaphoreSlim(0);
        using var receiver = new RunningReceiver(session, SlowPipeline, prefix, new Dictionary<string, object?>
        {
            ["gate"] = gate,
            ["entered"] = entered,
            ["extra"] = new Hashtable { ["First"] = Deliveries },
        });
        using var sender = new WebhookSender(prefix);

        // 32 senders at once, as a busy shop's retries and events overlap; each answer's time is measured from its send.
        using var senders = new SemaphoreSlim(32);
        var latencies = new ConcurrentBag<double>();
        var clock = Stopwatch.StartNew();
        var answers = await Task.WhenAll(Enumerable.Range(1, Deliveries).Select(async i =>
        {
            await senders.WaitAsync();
            try
            {
                var started = clock.Elapsed;
                var status = await sender.PostAsync(WebhookSender.CustomerBody($"burst-{i}", i));
                latencies.Add((clock.Elapsed - started).TotalMilliseconds);
                return status;
            }
            finally
            {
                senders.Release();
            }
        }));
        var burst = clock.Elapsed;
        var writtenWhileBusy = receiver.Output.Count;
        gate.Set();
        var events = receiver.WaitForEnd();

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a));
        Assert.Equal(0, writtenWhileBusy);
        Assert.Empty(receiver.Errors);
        Assert.Equal(Enumerable.Range(1, Deliveries).Select(i => (long)i), events.Select(CustomerId).Order());
        var sorted = latencies.Order().ToList();
        log.WriteLine($"{Deliveries} deliveries answered in {burst.TotalSeconds:N2} s ({Deliveries / burst.TotalSeconds:N0}/s) while the pipeline was held; " +
            $"answer latency p50 {sorted[sorted.Count / 2]:N1} ms, p99 {sorted[sorted.Count * 99 / 100]:N1} ms, max {sorted[^1]:N1} ms (KiotViet allows 5000 ms).");
    }

    [Fact]
    public async Task A_full_queue_answers_503_so_kiotviet_sends_again_and_the_resend_is_accepted()
    {
        var prefix = RunningReceiver.FreePrefix();
        using var gate = new ManualResetEventSlim(false);
        using var entered = new SemaphoreSlim(0);
        using var receiver = new RunningReceiver(session, SlowPipeline, prefix, new Dictionary<string, object?>
        {
            ["gate"] = gate,
            ["entered"] = entered,
            ["extra"] = new Hashtable { ["First"] = 4, ["QueueLimit"] = 2 },
        });
        using var sender = new WebhookSender(prefix);

        // The first is taken by the held pipeline; two wait; the fourth finds the queue full.
        var first = await sender.PostAsync(WebhookSender.CustomerBody("q1", 1));
        Assert.True(entered.Wait(TimeSpan.FromMinutes(3)), "the held pipeline took the first event");
        var queued = new[] { await sender.PostAsync(WebhookSender.CustomerBody("q2", 2)), await sender.PostAsync(WebhookSender.CustomerBody("q3", 3)) };
        var full = await sender.PostAsync(WebhookSender.CustomerBody("q4", 4));
        gate.Set();
        receiver.WaitForOutput(3);
        var resent = await sender.PostAsync(WebhookSender.CustomerBody("q4", 4, attempt: 2));
        var events = receiver.WaitForEnd();

        Assert.Equal(HttpStatusCode.OK, first);
        Assert.All(queued, a => Assert.Equal(HttpStatusCode.OK, a));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, full);
        Assert.Equal(HttpStatusCode.OK, resent);
        Assert.Equal(new long[] { 1, 2, 3, 4 }, events.Select(CustomerId));
        Assert.Contains(receiver.Warnings, w => w.Contains("answered 503", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ctrl_C_mid_burst_with_a_journal_loses_nothing_and_the_next_start_outputs_the_rest_once()
    {
        const int Deliveries = 300;
        const int TakenBeforeStop = 100;
        var prefix = RunningReceiver.FreePrefix();
        var journal = Path.Combine(Path.GetTempPath(), $"kv-journal-{Guid.NewGuid():N}.jsonl");
        try
        {
            using var permits = new SemaphoreSlim(TakenBeforeStop);
            List<long> firstRun;
            HttpStatusCode[] answers;
            using (var receiver = new RunningReceiver(
                session,
                "Receive-KvWebhook -Prefix $prefix -Secret $secret -Journal $journal -Verbose | ForEach-Object { while (-not $permits.Wait(20)) { }; $_ }",
                prefix,
                new Dictionary<string, object?> { ["permits"] = permits, ["journal"] = journal }))
            {
                using var sender = new WebhookSender(prefix);
                answers = await Task.WhenAll(Enumerable.Range(1, Deliveries).Select(i => sender.PostAsync(WebhookSender.CustomerBody($"j-{i}", i))));
                receiver.WaitForOutput(TakenBeforeStop);
                receiver.Stop();
                firstRun = receiver.Output.Select(CustomerId).ToList();
            }

            Assert.True(PortIsFree(prefix), "Ctrl+C frees the port");
            using var restarted = new RunningReceiver(
                session,
                $"Receive-KvWebhook -Prefix $prefix -Secret $secret -Journal $journal -Verbose -First {Deliveries - TakenBeforeStop}",
                prefix,
                new Dictionary<string, object?> { ["journal"] = journal });
            var secondRun = restarted.WaitForEnd().Select(CustomerId).ToList();

            Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a));
            Assert.Equal(TakenBeforeStop, firstRun.Count);
            Assert.Equal(Enumerable.Range(1, Deliveries).Select(i => (long)i), firstRun.Concat(secondRun).Order());
            Assert.Contains(restarted.Verbose, v => v.Contains($"{Deliveries - TakenBeforeStop} deliveries from the journal", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(journal);
        }
    }

    [Fact]
    public async Task A_retry_of_a_delivery_output_before_a_restart_is_dropped_after_it()
    {
        var prefix = RunningReceiver.FreePrefix();
        var journal = Path.Combine(Path.GetTempPath(), $"kv-journal-{Guid.NewGuid():N}.jsonl");
        try
        {
            using (var first = new RunningReceiver(session, "Receive-KvWebhook -Prefix $prefix -Secret $secret -Journal $journal -First 1 -Verbose", prefix, new Dictionary<string, object?> { ["journal"] = journal }))
            {
                using var sender = new WebhookSender(prefix);
                await sender.PostAsync(WebhookSender.CustomerBody("r-1", 1));
                first.WaitForEnd();
            }

            using var second = new RunningReceiver(session, "Receive-KvWebhook -Prefix $prefix -Secret $secret -Journal $journal -First 1 -Verbose", prefix, new Dictionary<string, object?> { ["journal"] = journal });
            using (var sender = new WebhookSender(prefix))
            {
                await sender.PostAsync(WebhookSender.CustomerBody("r-1", 1, attempt: 2));
                await sender.PostAsync(WebhookSender.CustomerBody("r-2", 2));
            }

            Assert.Equal(2, CustomerId(Assert.Single(second.WaitForEnd())));
            Assert.Contains(second.Verbose, v => v.StartsWith("Dropped a repeated delivery", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(journal);
        }
    }

    [Fact]
    public void A_port_in_use_is_refused_with_a_clear_error_and_timeout_frees_the_port()
    {
        var port = RunningReceiver.FreePort();
        var prefix = $"http://127.0.0.1:{port}/";
        var holder = new TcpListener(IPAddress.Loopback, port);
        holder.Start();
        ScriptResult refused;
        try
        {
            refused = session.RunCatching($"Receive-KvWebhook -Prefix '{prefix}' -Secret $s -Timeout 1", new Dictionary<string, object?> { ["s"] = "a-secret-value" });
        }
        finally
        {
            holder.Stop();
        }

        var timedOut = session.Run($"Receive-KvWebhook -Prefix '{prefix}' -Secret $s -Timeout 1", new Dictionary<string, object?> { ["s"] = "a-secret-value" }).ShouldSucceed();

        var error = Assert.IsType<ErrorRecord>(refused.Caught);
        Assert.StartsWith("KiotVietWebhookPrefixInUse", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ResourceUnavailable, error.CategoryInfo.Category);
        Assert.Contains(prefix, error.Exception.Message);
        Assert.Contains("choose another port", error.Exception.Message);
        Assert.Empty(timedOut.Output);
        Assert.True(PortIsFree(prefix), "-Timeout frees the port");
    }

    [Fact]
    public void Without_a_secret_or_a_webhook_registered_in_the_session_it_refuses_to_start()
    {
        var result = session.RunCatching($"Receive-KvWebhook -Prefix '{RunningReceiver.FreePrefix()}' -Timeout 1");

        var error = Assert.IsType<ErrorRecord>(result.Caught);
        Assert.StartsWith("KiotVietWebhookSecretMissing", error.FullyQualifiedErrorId);
        Assert.Contains("KiotViet never returns it", error.Exception.Message);
    }

    private static bool PortIsFree(string prefix)
    {
        var probe = new TcpListener(IPAddress.Loopback, new Uri(prefix).Port);
        try
        {
            probe.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
        finally
        {
            probe.Stop();
        }
    }
}
