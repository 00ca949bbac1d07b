using System.Management.Automation;
using KiotViet.Sandbox;
using Xunit;

namespace KiotViet.PowerShell.Tests;

/// <summary>
/// A 90-second outage (every request answered 503) in the middle of an export and of a batched import, with the
/// connection's default patience: each completes with nothing lost or repeated. The outage is timed on the sandbox's
/// clock, which the test moves on by 90 s once the module has met it a few times, so no test waits 90 s.
/// </summary>
public sealed class OutageRunTests : IAsyncLifetime
{
    private const int Customers = 2_000;
    private readonly MovableClock clock = new();
    private SandboxServer sandbox = null!;
    private PowerShellSession shell = null!;

    public async Task InitializeAsync()
    {
        sandbox = await SandboxServer.StartAsync(new SandboxOptions { CustomerCount = Customers, InvoiceCount = 1 }, clock: clock);
        shell = new PowerShellSession();
        var state = shell.Runspace.SessionStateProxy;
        state.SetVariable("kvRetailer", sandbox.Options.Retailer);
        state.SetVariable("kvClientId", sandbox.Options.ClientId);
        state.SetVariable("kvSecret", sandbox.Options.ClientSecret);
        state.SetVariable("kvApi", sandbox.BaseUri.ToString());
        state.SetVariable("kvToken", sandbox.TokenUri.ToString());

        // The defaults a user gets (a 10-minute window, no count), with a short first back-off so that the waits
        // the module really makes before the clock is moved stay short.
        shell.Run(SandboxSession.ConnectScript).ShouldSucceed();
        sandbox.Controls.ResetCounters();
    }

    public async Task DisposeAsync()
    {
        shell.Dispose();
        await sandbox.DisposeAsync();
    }

    [Fact]
    public void An_export_meeting_a_90_second_outage_waits_it_out_and_outputs_every_customer_once()
    {
        sandbox.Controls.StartOutage(new SandboxOutage(TimeSpan.FromSeconds(90), AfterRequests: 8));
        using var passing = PassTheOutageOnceMet();

        var result = shell.Run("Get-KvCustomer -Verbose").ShouldSucceed();

        var ids = result.Output.Select(o => (long)o.Properties["Id"].Value).ToList();
        Assert.Equal(sandbox.Controls.Customers.Select(c => c.Id).Order(), ids.Order());
        Assert.True(MostTriesOfOneRequest() >= 6, "the export waited the outage out");
        Assert.Contains(result.Verbose, v => v.Contains("unavailable (503)", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void A_batched_import_meeting_a_90_second_outage_waits_it_out_and_writes_every_row_once()
    {
        var before = sandbox.Controls.Customers.Select(c => c.Id).ToHashSet();
        sandbox.Controls.StartOutage(new SandboxOutage(TimeSpan.FromSeconds(90), AfterRequests: 6));
        using var passing = PassTheOutageOnceMet();

        var result = shell.Run("""
            $rows = 1..1000 | ForEach-Object { [pscustomobject]@{ Name = "Khách mất điện $_"; Phone = ('0977{0:D6}' -f $_); Email = "matdien$_@example.vn" } }
            $rows | New-KvCustomer -Verbose
            """).ShouldSucceed();

        var created = sandbox.Controls.Customers.Where(c => !before.Contains(c.Id)).ToList();
        Assert.Equal(1000, result.Output.Count);
        Assert.Empty(result.Errors);
        Assert.Equal(Enumerable.Range(1, 1000).Select(n => $"Khách mất điện {n}").Order(), created.Select(c => c.Name).Order());
        Assert.True(MostTriesOfOneRequest() >= 6, "the import waited the outage out");
        Assert.Contains(result.Verbose, v => v.Contains("unavailable (503)", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Once one request has been answered 503 six times (more tries than a count of 4 retries would make, so the
    /// module is shown to wait by time, not by count), moves the sandbox's clock past the outage's 90 seconds.
    /// </summary>
    private IDisposable PassTheOutageOnceMet()
    {
        var stop = new CancellationTokenSource();
        var task = Task.Run(() =>
        {
            if (SpinWait.SpinUntil(() => stop.IsCancellationRequested || MostTriesOfOneRequest() >= 6, TimeSpan.FromMinutes(2)) && !stop.IsCancellationRequested)
            {
                clock.Advance(TimeSpan.FromSeconds(90));
            }
        });
        return new Stopper(stop, task);
    }

    private int MostTriesOfOneRequest() =>
        sandbox.Controls.Requests.Where(r => r.Status == 503).GroupBy(r => (r.Method, r.Path, r.QueryString)).Select(g => g.Count()).DefaultIfEmpty(0).Max();

    private sealed class Stopper(CancellationTokenSource stop, Task task) : IDisposable
    {
        public void Dispose()
        {
            stop.Cancel();
            task.Wait();
            stop.Dispose();
        }
    }

    /// <summary>The system clock, moved on by the test: timers run on real time, only "now" jumps.</summary>
    private sealed class MovableClock : TimeProvider
    {
        private long shiftTicks;

        public void Advance(TimeSpan by) => Interlocked.Add(ref shiftTicks, by.Ticks);

        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref shiftTicks));
    }
}
