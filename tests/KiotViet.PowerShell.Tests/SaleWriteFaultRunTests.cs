using KiotViet.Sandbox;
using Xunit;
using Xunit.Abstractions;

namespace KiotViet.PowerShell.Tests;

/// <summary>
/// Invoice creates, payments, order updates and cancels against a sandbox that meets every request with a seeded
/// fault mix, including writes applied whose answer is lost: every row must end written exactly once and be reported
/// as written.
/// </summary>
public sealed class SaleWriteFaultRunTests : FaultRunTests
{
    private const int Seed = 20261214;

    public SaleWriteFaultRunTests(ITestOutputHelper output)
        : base(new SandboxOptions { CustomerCount = 40, InvoiceCount = 300, OrderCount = 120 }, output)
    {
    }

    [Fact]
    public void Creating_80_invoices_under_faults_creates_each_once_and_returns_each()
    {
        const int rows = 80;
        var before = Shop.Controls.Invoices.Select(i => i.Id).ToHashSet();
        Shop.Controls.SetFaultMix(SandboxFaultMix.Typical(Seed) with { RetryAfterSeconds = 0 });

        var result = Shop.Shell.Run("""
            $branch = @(Get-KvBranch)[0].Id
            1..$kvRows | ForEach-Object {
                New-KvInvoice -BranchId $branch -TotalPayment 1000 -Line @{ ProductCode = ('SP{0:D6}' -f (1 + $_ % 20)); Quantity = 1 + $_ % 3; Price = 10000 } -Verbose
            }
            """, new Dictionary<string, object?> { ["kvRows"] = rows });
        Report("invoice create", result);

        Assert.Null(result.Terminating);
        Assert.Empty(result.Errors);
        var created = Shop.Controls.Invoices.Where(i => !before.Contains(i.Id)).ToList();
        Assert.Equal(rows, created.Count);
        Assert.Equal(created.Select(i => i.Id).Order(), result.Output.Select(o => (long)o.Properties["Id"].Value).Order());
        Assert.All(created, i => Assert.Equal(1000m, Assert.Single(i.Payments).Amount));
    }

    [Fact]
    public void Paying_open_invoices_in_two_steps_under_faults_leaves_each_paid_in_full_with_two_payments()
    {
        var open = Shop.Controls.Invoices.Where(i => i.Status != 2 && i.TotalPayment == 0 && i.Total > 1000).ToList();
        Assert.True(open.Count >= 20, $"only {open.Count} open invoices");
        Shop.Controls.SetFaultMix(SandboxFaultMix.Typical(Seed + 1) with { RetryAfterSeconds = 0 });

        var result = Shop.Shell.Run("""
            $csv = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "kv-pay-$([guid]::NewGuid()).csv")
            $kvIds | ForEach-Object { [pscustomobject]@{ InvoiceId = $_; Amount = 1000; Method = 'Cash' } } | Export-Csv -Path $csv -NoTypeInformation
            try { Import-Csv -Path $csv | New-KvPayment -Verbose }
            finally { Remove-Item -LiteralPath $csv }
            $kvIds | New-KvPayment -Remaining -Method Card -Verbose
            """, new Dictionary<string, object?> { ["kvIds"] = open.Select(i => i.Id).ToArray() });
        Report("payments", result);

        Assert.Null(result.Terminating);
        Assert.Empty(result.Errors);
        Assert.Equal(2 * open.Count, result.Output.Count);
        var stored = Shop.Controls.Invoices.ToDictionary(i => i.Id);
        Assert.All(open, i =>
        {
            Assert.Equal(stored[i.Id].Total, stored[i.Id].TotalPayment);
            Assert.Equal(new[] { "Cash", "Card" }, stored[i.Id].Payments.Select(p => p.Method));
        });
    }

    [Fact]
    public void Updating_then_cancelling_40_orders_under_faults_applies_each_once()
    {
        var orders = Shop.Controls.Orders.Where(o => o.StatusValue != "Đã hủy").Take(40).ToList();
        Shop.Controls.SetFaultMix(SandboxFaultMix.Typical(Seed + 2) with { RetryAfterSeconds = 0 });

        var result = Shop.Shell.Run("""
            $csv = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "kv-orders-$([guid]::NewGuid()).csv")
            $kvIds | ForEach-Object { [pscustomobject]@{ Id = $_; Description = "Gọi lại $_" } } | Export-Csv -Path $csv -NoTypeInformation
            try { Import-Csv -Path $csv | Set-KvOrder -PassThru -Verbose }
            finally { Remove-Item -LiteralPath $csv }
            $kvIds | Remove-KvOrder -VoidPayment -Confirm:$false -PassThru -Verbose
            """, new Dictionary<string, object?> { ["kvIds"] = orders.Select(o => o.Id).ToArray() });
        Report("order update + cancel", result);

        Assert.Null(result.Terminating);
        Assert.Empty(result.Errors);
        Assert.DoesNotContain(result.Warnings, w => w.Contains("already cancelled")); // a cancel sent twice would find it cancelled
        Assert.Equal(2 * orders.Count, result.Output.Count);
        var stored = Shop.Controls.Orders.ToDictionary(o => o.Id);
        Assert.All(orders, o =>
        {
            Assert.Equal($"Gọi lại {o.Id}", stored[o.Id].Description);
            Assert.Equal("Đã hủy", stored[o.Id].StatusValue);
        });
    }

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
