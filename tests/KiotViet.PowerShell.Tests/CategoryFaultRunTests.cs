using System.Diagnostics;
using KiotViet.Sandbox;
using Xunit;
using Xunit.Abstractions;

namespace KiotViet.PowerShell.Tests;

/// <summary>A 150-row category tree created under the seeded fault mix: each category exactly once, under its parent.</summary>
public sealed class CategoryFaultRunTests : FaultRunTests
{
    private const int Roots = 50;

    public CategoryFaultRunTests(ITestOutputHelper output)
        : base(new SandboxOptions { CustomerCount = 10, InvoiceCount = 10, OrderCount = 5 }, output)
    {
    }

    [Fact]
    public void A_category_tree_created_under_faults_has_every_category_once_under_its_parent()
    {
        var before = Shop.Controls.Categories.Select(c => c.Id).ToHashSet();
        Shop.Controls.SetFaultMix(SandboxFaultMix.Typical(20261214) with { RetryAfterSeconds = 0 });

        var watch = Stopwatch.StartNew();
        var run = BulkRun.Of(Shop.Shell, $$"""
            1..{{Roots}} | ForEach-Object {
                [pscustomobject]@{ Name = "Nhóm $_"; Parent = '' }
                [pscustomobject]@{ Name = "Nhóm $_ A"; Parent = "Nhóm $_" }
                [pscustomobject]@{ Name = "Nhóm $_ A 1"; Parent = "Nhóm $_ > Nhóm $_ A" }
            } | New-KvCategory -InformationVariable kvInfo -Verbose
            """);
        watch.Stop();
        run.Report(Output, $"category tree ({Roots * 3} rows)", Shop.Controls.FaultsInjectedByMix, watch.Elapsed);

        Assert.Null(run.Result.Terminating);
        Assert.Empty(run.Result.Errors);
        Assert.Equal(Roots * 3, run.Summary.Written);
        var created = Shop.Controls.Categories.Where(c => !before.Contains(c.Id)).ToList();
        Assert.Equal(Roots * 3, created.Count);
        Assert.All(Enumerable.Range(1, Roots), n =>
        {
            var root = Assert.Single(created, c => c.Name == $"Nhóm {n}");
            var child = Assert.Single(created, c => c.Name == $"Nhóm {n} A");
            var grandchild = Assert.Single(created, c => c.Name == $"Nhóm {n} A 1");
            Assert.Equal((null, root.Id, child.Id), (root.ParentId, child.ParentId!.Value, grandchild.ParentId!.Value));
        });
        Assert.True(run.ReconciledAsApplied + run.ResentAsNotApplied > 0, "The mix lost no write's answer.");
    }
}
