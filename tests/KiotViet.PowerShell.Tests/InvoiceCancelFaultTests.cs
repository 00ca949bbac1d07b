using KiotViet.Sandbox;
using Xunit;
using Xunit.Abstractions;

namespace KiotViet.PowerShell.Tests;

/// <summary>
/// 200 invoice cancels against a sandbox that meets every request with a seeded mix of faults, including cancels
/// applied whose answer is lost: each invoice must end cancelled exactly once (a second cancel would be refused as
/// already cancelled), and every row reported as cancelled.
/// </summary>
public sealed class InvoiceCancelFaultTests : IAsyncLifetime
{
    private const int RowCount = 200;
    private const int Seed = 20261213;

    private readonly SandboxSession shop = new(new SandboxOptions { CustomerCount = 50, InvoiceCount = 320, OrderCount = 5 });
    private readonly ITestOutputHelper output;

    public InvoiceCancelFaultTests(ITestOutputHelper output) => this.output = output;

    public async Task InitializeAsync()
    {
        await shop.InitializeAsync();
        shop.Shell.Run(SandboxSession.ConnectScript + " -MaxRetryCount 20").ShouldSucceed();
    }

    public Task DisposeAsync() => shop.DisposeAsync();

    [Fact]
    public void Cancelling_200_invoices_from_a_csv_under_faults_cancels_each_once_and_reports_each_as_cancelled()
    {
        var targets = shop.Controls.Invoices.Where(i => i.Status != 2).Take(RowCount).ToList();
        Assert.Equal(RowCount, targets.Count);
        shop.Controls.SetFaultMix(SandboxFaultMix.Typical(Seed) with { RetryAfterSeconds = 0 });

        var result = shop.Shell.Run("""
            $csv = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "kv-cancel-$([guid]::NewGuid()).csv")
            $kvIds | ForEach-Object { [pscustomobject]@{ InvoiceId = $_ } } | Export-Csv -Path $csv -NoTypeInformation
            try { Import-Csv -Path $csv | Remove-KvInvoice -VoidPayment -Confirm:$false -PassThru -InformationVariable kvInfo -Verbose }
            finally { Remove-Item -LiteralPath $csv }
            $global:kvSummary = ($kvInfo | Where-Object { $_.Tags -contains 'KiotViet.Summary' }).MessageData
            """, new Dictionary<string, object?> { ["kvIds"] = targets.Select(t => t.Id).ToArray() });
        var injected = shop.Controls.FaultsInjectedByMix;
        var summary = shop.Shell.Runspace.SessionStateProxy.GetVariable("kvSummary")?.ToString();
        var reconciled = result.Verbose.Count(v => v.Contains("only its answer was lost"));
        var resent = result.Verbose.Count(v => v.Contains("sending it again ("));
        output.WriteLine($"cancel: {summary}; faults: {string.Join(", ", injected.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}"))}; reconciled as applied: {reconciled}, resent as not applied: {resent}");

        Assert.Null(result.Terminating);
        Assert.Empty(result.Errors);
        Assert.DoesNotContain(result.Warnings, w => w.Contains("already cancelled")); // a cancel sent twice would find it cancelled
        Assert.Equal(targets.Select(t => t.Id).OrderBy(i => i), result.Output.Select(o => (long)o.Properties["Id"].Value).OrderBy(i => i));
        Assert.Equal($"Remove-KvInvoice: {RowCount} row(s): {RowCount} cancelled, 0 skipped as existing, 0 refused, 0 failed.", summary);
        var stored = shop.Controls.Invoices.ToDictionary(i => i.Id);
        Assert.All(targets, t =>
        {
            Assert.Equal(2, stored[t.Id].Status);
            Assert.All(stored[t.Id].Payments, p => Assert.Equal(1, p.Status));
        });
        Assert.True(injected.GetValueOrDefault(nameof(SandboxFaultMix.DropAfterCommit)) + injected.GetValueOrDefault(nameof(SandboxFaultMix.GatewayErrorAfterCommit)) > 3);
        Assert.True(reconciled > 0);
    }
}
