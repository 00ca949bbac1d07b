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

    public void Dispose() => File.Delete(stateFile);

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
    public void An_interrupted_run_leaves_the_state_alone_and_is_simply_repeated()
    {
        Run();
        var stateBefore = File.ReadAllText(stateFile);
        var changed = shop.Shell.Run("Get-KvCustomer -First 3 | Set-KvCustomer -Comments 'changed' -PassThru").ShouldSucceed().Output.Select(Id).ToList();
        shop.Controls.InjectFault(KiotViet.Sandbox.SandboxFault.Status(500, "GET", "/customers", count: 20));

        var failed = shop.Shell.RunCatching($"Get-KvCustomer -SyncState '{stateFile}' -IncludeRemoved");

        Assert.NotNull(failed.Caught);
        Assert.Equal(stateBefore, File.ReadAllText(stateFile));
        shop.Controls.ClearFaults();
        var repeated = Run();
        Assert.Equal(changed.OrderBy(i => i), repeated.Changed.OrderBy(i => i));
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
}
