using System.Diagnostics;
using System.Management.Automation;
using KiotViet.Sandbox;
using Xunit;

namespace KiotViet.PowerShell.Tests;

public sealed class ReliabilityTests : IClassFixture<SandboxSession>
{
    private readonly SandboxSession shop;

    public ReliabilityTests(SandboxSession shop)
    {
        this.shop = shop;
        shop.Reset();
    }

    [Fact]
    public void Server_errors_and_dropped_connections_while_paging_lose_nothing_and_duplicate_nothing()
    {
        shop.Controls.InjectFault(SandboxFault.Status(503, "GET", "/customers", count: 2));
        shop.Controls.InjectFault(SandboxFault.DropConnection("GET", "/customers", count: 1));

        var result = shop.Shell.Run("Get-KvCustomer -PageSize 40 -Verbose").ShouldSucceed();

        var ids = result.Output.Select(o => (long)o.Properties["Id"].Value).ToList();
        Assert.Equal(shop.Controls.CustomerCount, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Contains(result.Verbose, v => v.Contains("retry", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Rate_limit_answers_are_waited_out_and_retried()
    {
        shop.Controls.InjectFault(SandboxFault.Status(429, "GET", "/customers", count: 1, retryAfterSeconds: 1));

        var result = shop.Shell.Run("Get-KvCustomer -First 150 -Verbose").ShouldSucceed();

        Assert.Equal(150, result.Output.Count);
        Assert.Contains(result.Verbose, v => v.Contains("Waiting 1 s"));
    }

    [Fact]
    public void Token_expiring_mid_run_is_renewed_and_the_run_completes()
    {
        var result = shop.Shell.Run("""
            $first = $true
            Get-KvCustomer -PageSize 50 | ForEach-Object {
                if ($first) { $first = $false; $kvControls.ExpireAllTokens() }
                $_
            }
            """, new Dictionary<string, object?> { ["kvControls"] = shop.Controls }).ShouldSucceed();

        Assert.Equal(shop.Controls.CustomerCount, result.Output.Count);
        Assert.True(shop.Controls.RequestCount("POST", "/connect/token") >= 1);
    }

    [Fact]
    public void Customers_deleted_and_inserted_while_paging_neither_skip_nor_repeat_the_others()
    {
        var before = shop.Shell.Run("Get-KvCustomer").ShouldSucceed().Output.Select(o => (long)o.Properties["Id"].Value).ToHashSet();
        shop.Controls.ResetCounters();
        shop.Controls.MutateCustomersDuringPaging(afterListRequests: 2, insert: 7, delete: 9);

        var during = shop.Shell.Run("Get-KvCustomer -PageSize 25").ShouldSucceed().Output.Select(o => (long)o.Properties["Id"].Value).ToList();

        var after = shop.Shell.Run("Get-KvCustomer").ShouldSucceed().Output.Select(o => (long)o.Properties["Id"].Value).ToHashSet();
        var survivors = before.Intersect(after).ToList();
        Assert.Equal(during.Count, during.Distinct().Count());
        Assert.Empty(survivors.Except(during));
    }

    [Fact]
    public void Stop_during_paging_cancels_the_request_in_flight()
    {
        // The sandbox would hold this request for an hour: Stop returns only because it cancels it.
        shop.Controls.SetLatency(TimeSpan.FromHours(1), TimeSpan.Zero, "/customers");
        try
        {
            using var shell = System.Management.Automation.PowerShell.Create();
            shell.Runspace = shop.Shell.Runspace;
            shell.AddScript("Get-KvCustomer -PageSize 10");
            var output = new PSDataCollection<PSObject>();
            var running = shell.BeginInvoke<PSObject, PSObject>(null, output);
            SpinWait.SpinUntil(() => shop.Controls.RequestsInFlight > 0, TimeSpan.FromSeconds(10));

            shell.Stop();

            Assert.True(running.IsCompleted);
            Assert.True(output.Count < shop.Controls.CustomerCount, "paging went on after Stop");
        }
        finally
        {
            shop.Controls.SetLatency(TimeSpan.Zero, TimeSpan.Zero, "/customers");
        }
    }
}
