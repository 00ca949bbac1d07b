using KiotViet.Sandbox;
using Xunit;
using Xunit.Abstractions;

namespace KiotViet.PowerShell.Tests;

/// <summary>
/// Purchases and transfers created, updated and cancelled against a sandbox that meets every request with a seeded
/// fault mix, including writes applied whose answer is lost: every document must be written exactly once, reported as
/// written, and move stock exactly once.
/// </summary>
public sealed class StockDocumentFaultRunTests : FaultRunTests
{
    private const int Seed = 20261221;

    public StockDocumentFaultRunTests(ITestOutputHelper output)
        : base(new SandboxOptions { CustomerCount = 20, InvoiceCount = 20, OrderCount = 10 }, output)
    {
    }

    [Fact]
    public void Creating_80_purchases_from_a_csv_under_faults_creates_each_once_and_brings_each_line_into_stock_once()
    {
        const int purchases = 80;
        var before = Shop.Controls.PurchaseOrders.Select(p => p.Id).ToHashSet();
        var stockBefore = OnHand(1002);
        Shop.Controls.SetFaultMix(SandboxFaultMix.Typical(Seed) with { RetryAfterSeconds = 0 });

        var result = Shop.Shell.Run("""
            $csv = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "kv-po-fault-$([guid]::NewGuid()).csv")
            1..$kvCount | ForEach-Object {
                $n = $_
                [pscustomobject]@{ Branch = 1002; Supplier = 'NCC00002'; Description = "Lô $n"; ProductCode = 'SP000001'; Quantity = 1; Price = 1000 }
                [pscustomobject]@{ Branch = 1002; Supplier = 'NCC00002'; Description = "Lô $n"; ProductCode = ('SP{0:D6}' -f (2 + $n % 5)); Quantity = 2; Price = 2000 }
            } | Export-Csv -Path $csv -NoTypeInformation -Encoding utf8BOM
            try { Import-Csv -Path $csv | New-KvPurchaseOrder -Verbose }
            finally { Remove-Item -LiteralPath $csv }
            """, new Dictionary<string, object?> { ["kvCount"] = purchases });
        Report("purchase create", result);

        Assert.Null(result.Terminating);
        Assert.Empty(result.Errors);
        var created = Shop.Controls.PurchaseOrders.Where(p => !before.Contains(p.Id)).ToList();
        Assert.Equal(purchases, created.Count);
        Assert.Equal(Enumerable.Range(1, purchases).Select(n => $"Lô {n}").Order(), created.Select(p => p.Description!).Order());
        Assert.Equal(created.Select(p => p.Id).Order(), result.Output.Select(o => (long)o.Properties["Id"].Value).Order());
        var stockAfter = OnHand(1002);
        Assert.Equal(stockBefore["SP000001"] + purchases, stockAfter["SP000001"]);
        Assert.Equal(Enumerable.Range(2, 5).Sum(n => stockBefore[$"SP{n:D6}"]) + (2 * purchases), Enumerable.Range(2, 5).Sum(n => stockAfter[$"SP{n:D6}"]));
    }

    [Fact]
    public void Creating_receiving_and_deleting_30_transfers_under_faults_applies_each_once_and_leaves_stock_as_it_was()
    {
        const int transfers = 30;
        var before = Shop.Controls.Transfers.Select(t => t.Id).ToHashSet();
        var from = OnHand(1001);
        var to = OnHand(1003);
        Shop.Controls.SetFaultMix(SandboxFaultMix.Typical(Seed + 1) with { RetryAfterSeconds = 0 });

        var result = Shop.Shell.Run("""
            $made = 1..$kvCount | ForEach-Object {
                $code = if ($_ % 2) { "CHF-$_" } else { $null }
                New-KvTransfer -FromBranch 1001 -ToBranch 'Chi nhánh Hà Nội' -Code $code -Description "Chuyển $_" -ProductCode ('SP{0:D6}' -f (1 + $_ % 4)) -Quantity 1 -Verbose
            }
            $made
            $made | Set-KvTransfer -Received -PassThru -Verbose
            $made | Remove-KvTransfer -Confirm:$false -Verbose
            """, new Dictionary<string, object?> { ["kvCount"] = transfers });
        Report("transfer create + receive + delete", result);

        Assert.Null(result.Terminating);
        Assert.Empty(result.Errors);
        var created = Shop.Controls.Transfers.Where(t => !before.Contains(t.Id)).ToList();
        Assert.Equal(transfers, created.Count);
        Assert.Equal(Enumerable.Range(1, transfers).Select(n => $"Chuyển {n}").Order(), created.Select(t => t.Description!).Order());
        Assert.All(created, t => Assert.Equal(4, t.Status));
        Assert.Equal(2 * transfers, result.Output.Count);
        Assert.Equal(from, OnHand(1001));
        Assert.Equal(to, OnHand(1003));
    }

    [Fact]
    public void Updating_then_cancelling_30_purchases_under_faults_applies_each_once()
    {
        var seeded = Shop.Shell.Run("""
            1..30 | ForEach-Object { New-KvPurchaseOrder -Branch 1001 -Supplier NCC00001 -Draft -Description "Nháp $_" -ProductCode SP000007 -Quantity $_ -Price 500 }
            """).ShouldSucceed();
        var ids = seeded.Output.Select(o => (long)o.Properties["Id"].Value).ToArray();
        var stockBefore = OnHand(1001)["SP000007"];
        Shop.Controls.SetFaultMix(SandboxFaultMix.Typical(Seed + 2) with { RetryAfterSeconds = 0 });

        var result = Shop.Shell.Run("""
            $kvIds | ForEach-Object { [pscustomobject]@{ Id = $_; Description = "Đã kiểm $_" } } | Set-KvPurchaseOrder -Complete -PassThru -Verbose
            $kvIds | Remove-KvPurchaseOrder -VoidPayment -Confirm:$false -Verbose
            """, new Dictionary<string, object?> { ["kvIds"] = ids });
        Report("purchase update + cancel", result);

        Assert.Null(result.Terminating);
        Assert.Empty(result.Errors);
        Assert.DoesNotContain(result.Warnings, w => w.Contains("already cancelled")); // a cancel sent twice would find it cancelled
        Assert.Equal(ids.Length, result.Output.Count);
        var stored = Shop.Controls.PurchaseOrders.ToDictionary(p => p.Id);
        Assert.All(ids, id =>
        {
            Assert.Equal($"Đã kiểm {id}", stored[id].Description);
            Assert.Equal(4, stored[id].Status);
        });
        Assert.Equal(stockBefore, OnHand(1001)["SP000007"]);
    }

    private Dictionary<string, decimal> OnHand(long branch) =>
        Shop.Controls.Products.Where(p => p.OnHand.ContainsKey(branch)).ToDictionary(p => p.Code, p => p.OnHand[branch]);

    private void Report(string run, ScriptResult result)
    {
        var injected = Shop.Controls.FaultsInjectedByMix;
        var reconciled = result.Verbose.Count(v => v.Contains("only its answer was lost"));
        var resent = result.Verbose.Count(v => v.Contains("sending it again ("));
        Output.WriteLine($"{run}: {result.Output.Count} written, {result.Errors.Count} errors; faults: {string.Join(", ", injected.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}"))}; reconciled as applied: {reconciled}, resent as not applied: {resent}");
        Assert.True(injected.GetValueOrDefault(nameof(SandboxFaultMix.DropAfterCommit)) + injected.GetValueOrDefault(nameof(SandboxFaultMix.GatewayErrorAfterCommit)) > 0);
        Assert.True(reconciled > 0, "no lost answer was reconciled");
    }
}
