using System.Management.Automation;
using Xunit;

namespace KiotViet.PowerShell.Tests;

/// <summary>Ten runbook runs with the shop changing between and during them: nothing lost, nothing twice.</summary>
public sealed class IncrementalSyncTests : IClassFixture<SandboxSession>, IDisposable
{
    private readonly SandboxSession shop;
    private readonly string stateFile = Path.Combine(Path.GetTempPath(), $"kv-sync-{Guid.NewGuid():N}.json");

    public IncrementalSyncTests(SandboxSession shop)
    {
        this.shop = shop;
        shop.Reset();
    }

    public void Dispose()
    {
        File.Delete(stateFile);
        File.Delete(stateFile + ".lock");
    }

    [Fact]
    public void Ten_runs_deliver_every_change_exactly_once()
    {
        var first = Run();
        Assert.Equal(shop.Controls.CustomerCount, first.Changed.Count);
        Assert.True(File.Exists(stateFile));

        var expectedChanges = new List<long>();
        var expectedRemovals = new List<long>();
        var deliveredChanges = new List<long>();
        var deliveredRemovals = new List<long>();
        for (var run = 2; run <= 10; run++)
        {
            var created = shop.Shell.Run($"New-KvCustomer -Name 'Khách Đồng Bộ {run}' -Phone '09{run:D2}555000'").ShouldSucceed().Output.Select(Id).ToList();
            var updated = shop.Shell.Run($"Get-KvCustomer -Skip {run * 7} -First 2 | Set-KvCustomer -Comments 'run {run}' -PassThru").ShouldSucceed().Output.Select(Id).ToList();
            var removed = shop.Shell.Run($"Get-KvCustomer -Skip {run * 11} -First 1").ShouldSucceed().Output.Select(Id).ToList();
            shop.Shell.Run($"Remove-KvCustomer -Id {removed[0]} -Confirm:$false").ShouldSucceed();
            expectedChanges.AddRange(created.Concat(updated));
            expectedRemovals.AddRange(removed);
            if (run % 3 == 0)
            {
                // Changes landing while the run is paging must show up in this run or the next, not be lost.
                shop.Controls.MutateCustomersDuringPaging(afterListRequests: 1, insert: 2, delete: 0);
            }

            var result = Run();
            deliveredChanges.AddRange(result.Changed);
            deliveredRemovals.AddRange(result.Removed);
        }

        var final = Run();
        deliveredChanges.AddRange(final.Changed);
        deliveredRemovals.AddRange(final.Removed);

        Assert.Equal(deliveredChanges.Count, deliveredChanges.Distinct().Count());
        Assert.Equal(deliveredRemovals.Count, deliveredRemovals.Distinct().Count());
        Assert.Empty(expectedChanges.Except(expectedRemovals).Except(deliveredChanges));
        Assert.Empty(expectedRemovals.Except(deliveredRemovals));
        var existingNow = shop.Shell.Run("Get-KvCustomer").ShouldSucceed().Output.Select(Id);
        var newSinceFirstRun = existingNow.Except(first.Changed).ToList();
        Assert.True(newSinceFirstRun.Count > 9, "the inserts made while paging are among the new customers");
        Assert.Empty(newSinceFirstRun.Except(deliveredChanges));
    }

    [Fact]
    public void A_run_that_fails_part_way_records_how_far_it_got_and_the_next_goes_on_from_there()
    {
        shop.Controls.StartOutage(new KiotViet.Sandbox.SandboxOutage(TimeSpan.FromHours(1), AfterRequests: 6));

        var failed = shop.Shell.RunCatching($"Get-KvCustomer -SyncState '{stateFile}' -PageSize 20");

        Assert.NotNull(failed.Caught);
        var stoppedAfter = Ids(failed.Output);
        Assert.InRange(stoppedAfter.Count, 20, shop.Controls.CustomerCount - 20);
        Assert.Contains("\"progress\"", File.ReadAllText(stateFile));
        shop.Controls.EndOutage();
        shop.Controls.ResetCounters();
        var rest = shop.Shell.Run($"Get-KvCustomer -SyncState '{stateFile}' -PageSize 20 -Verbose").ShouldSucceed();

        AssertEachCustomerOnce(stoppedAfter.Concat(Ids(rest.Output)));
        Assert.Contains(rest.Verbose, v => v.Contains($"stopped after {stoppedAfter.Count} customers", StringComparison.Ordinal));
        var pages = (shop.Controls.CustomerCount + 18) / 19;
        Assert.InRange(shop.Controls.RequestCount("GET", "/customers"), 1, pages - (stoppedAfter.Count / 20) + 1);
        Assert.All(shop.Controls.Requests.Where(r => r.Path.StartsWith("/customers", StringComparison.Ordinal)), r => Assert.Contains("pageSize=20", r.QueryString, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(73)]
    public void Select_Object_First_stops_the_run_where_it_took_the_last_row_and_the_next_run_goes_on_with_the_row_after(int first)
    {
        var taken = Ids(shop.Shell.Run($"Get-KvCustomer -SyncState '{stateFile}' -PageSize 20 | Select-Object -First {first}").ShouldSucceed().Output);
        var rest = Ids(shop.Shell.Run($"Get-KvCustomer -SyncState '{stateFile}' -PageSize 20").ShouldSucceed().Output);

        Assert.Equal(first, taken.Count);
        AssertEachCustomerOnce(taken.Concat(rest));
        Assert.Empty(Ids(shop.Shell.Run($"Get-KvCustomer -SyncState '{stateFile}'").ShouldSucceed().Output));
    }

    [Fact]
    public void Ctrl_C_stops_the_run_where_it_was_and_the_next_run_outputs_the_rest_nothing_twice()
    {
        shop.Controls.SetLatency(TimeSpan.FromMilliseconds(40), TimeSpan.Zero, "/customers");
        using var shell = System.Management.Automation.PowerShell.Create();
        shell.Runspace = shop.Shell.Runspace;
        shell.AddScript($"Get-KvCustomer -SyncState '{stateFile}' -PageSize 10");
        var output = new System.Management.Automation.PSDataCollection<PSObject>();
        var running = shell.BeginInvoke<PSObject, PSObject>(null, output);
        SpinWait.SpinUntil(() => output.Count >= 45, TimeSpan.FromSeconds(60));

        shell.Stop();
        Assert.Throws<System.Management.Automation.PipelineStoppedException>(() => shell.EndInvoke(running));
        shop.Controls.SetLatency(TimeSpan.Zero, TimeSpan.Zero);
        var stopped = Ids(output);
        var rest = Ids(shop.Shell.Run($"Get-KvCustomer -SyncState '{stateFile}' -PageSize 10").ShouldSucceed().Output);

        Assert.Equal(System.Management.Automation.PSInvocationState.Stopped, shell.InvocationStateInfo.State);
        Assert.InRange(stopped.Count, 45, shop.Controls.CustomerCount - 1);
        AssertEachCustomerOnce(stopped.Concat(rest));
    }

    [Fact]
    public void A_second_run_on_a_state_in_use_is_refused_and_sends_nothing()
    {
        // Another run holds the lock file as the module does: open for exclusive use.
        using (new FileStream(stateFile + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            var refused = shop.Shell.RunCatching($"Get-KvCustomer -SyncState '{stateFile}'");

            Assert.StartsWith("KiotVietSyncStateInUse,", refused.Caught?.FullyQualifiedErrorId);
            Assert.Contains("in use by another run", refused.Caught!.Exception.Message);
            Assert.Equal(0, shop.Controls.RequestCount("GET", "/customers"));
        }

        AssertEachCustomerOnce(Ids(shop.Shell.Run($"Get-KvCustomer -SyncState '{stateFile}'").ShouldSucceed().Output));
    }

    [Fact]
    public void Sync_state_cannot_be_combined_with_a_partial_read()
    {
        var error = shop.Shell.RunCatching($"Get-KvCustomer -SyncState '{stateFile}' -First 10").Caught;

        Assert.StartsWith("KiotVietSyncStateConflict,", error?.FullyQualifiedErrorId);
        Assert.False(File.Exists(stateFile));
    }

    private (List<long> Changed, List<long> Removed) Run()
    {
        var output = shop.Shell.Run($"Get-KvCustomer -SyncState '{stateFile}' -IncludeRemoved").ShouldSucceed().Output;
        return (
            output.Where(o => o.TypeNames[0] == "KiotViet.Customer").Select(Id).ToList(),
            output.Where(o => o.TypeNames[0] == "KiotViet.RemovedRecord").Select(Id).ToList());
    }

    private static long Id(PSObject o) => (long)o.Properties["Id"].Value;

    private static List<long> Ids(IEnumerable<PSObject> output) => output.Where(o => o.TypeNames[0] == "KiotViet.Customer").Select(Id).ToList();

    private void AssertEachCustomerOnce(IEnumerable<long> delivered)
    {
        var all = delivered.ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.Equal(shop.Controls.Customers.Select(c => c.Id).OrderBy(i => i), all.OrderBy(i => i));
    }
}
