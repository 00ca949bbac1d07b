using KiotViet.Sandbox;
using Xunit;
using Xunit.Abstractions;

namespace KiotViet.PowerShell.Tests;

/// <summary>
/// Vouchers created, released and cancelled, and coupons marked used, against a sandbox that meets every request with
/// a seeded fault mix, including writes applied whose answer is lost: each must be applied exactly once and reported
/// as written (a voucher created twice, or released or cancelled twice, would have been refused by KiotViet).
/// </summary>
public sealed class VoucherFaultRunTests : FaultRunTests
{
    private const int Seed = 20261206;

    public VoucherFaultRunTests(ITestOutputHelper output)
        : base(new SandboxOptions { CustomerCount = 5, InvoiceCount = 5, OrderCount = 5 }, output)
    {
    }

    [Fact]
    public void Creating_80_vouchers_then_releasing_half_and_cancelling_half_under_faults_applies_each_once()
    {
        const int count = 80;
        // The faults fall on the writes (all POSTs): the lookups' GETs would otherwise draw them in an order that depends on timing.
        Shop.Controls.SetFaultMix(SandboxFaultMix.Typical(Seed) with { RetryAfterSeconds = 0, Method = "POST" });

        var created = Shop.Shell.Run("""
            $csv = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "kv-voucher-fault-$([guid]::NewGuid()).csv")
            1..$kvCount | ForEach-Object {
                [pscustomobject]@{ Campaign = $(if ($_ % 2) { 'Tri ân khách hàng' } else { 'VC000003' }); Code = 'LOT-{0:D3}' -f $_ }
            } | Export-Csv -Path $csv -NoTypeInformation -Encoding utf8BOM
            try { Import-Csv -Path $csv | New-KvVoucher -Verbose }
            finally { Remove-Item -LiteralPath $csv }
            """, new Dictionary<string, object?> { ["kvCount"] = count });
        ReportFaultRun("voucher create", created);

        Assert.Null(created.Terminating);
        Assert.Empty(created.Errors);
        var made = Shop.Controls.Vouchers.Where(v => v.Code.StartsWith("LOT-", StringComparison.Ordinal)).ToList();
        Assert.Equal(Enumerable.Range(1, count).Select(n => $"LOT-{n:D3}"), made.Select(v => v.Code).Order());
        Assert.All(made, v => Assert.Equal(v.Code.EndsWith('1') || v.Code.EndsWith('3') || v.Code.EndsWith('5') || v.Code.EndsWith('7') || v.Code.EndsWith('9') ? 1200001 : 1200003, v.CampaignId));

        Shop.Controls.SetFaultMix(SandboxFaultMix.Typical(Seed + 1) with { RetryAfterSeconds = 0, Method = "POST" });
        var changed = Shop.Shell.Run("""
            $kvCodes | ForEach-Object -Begin { $n = 0 } -Process {
                [pscustomobject]@{ Campaign = $(if ([int]$_.Substring(4) % 2) { 1200001 } else { 1200003 }); Code = $_; Half = ($n++ % 2) }
            } | Tee-Object -Variable rows | Where-Object Half -eq 0 | Publish-KvVoucher -Verbose
            $rows | Where-Object Half -eq 1 | Remove-KvVoucher -Confirm:$false -Verbose
            """, new Dictionary<string, object?> { ["kvCodes"] = made.Select(v => v.Code).Order().ToArray() });
        ReportFaultRun("voucher release + cancel", changed);

        Assert.Null(changed.Terminating);
        Assert.Empty(changed.Errors);
        var stored = Shop.Controls.Vouchers.Where(v => v.Code.StartsWith("LOT-", StringComparison.Ordinal)).OrderBy(v => v.Code).ToList();
        Assert.Equal(Enumerable.Range(0, count).Select(i => i % 2 == 0 ? 1 : 3), stored.Select(v => v.Status));
    }

    [Fact]
    public void Marking_16_coupons_used_under_faults_marks_each_and_reports_each_as_written()
    {
        var unused = Shop.Controls.Coupons.Where(c => !c.IsUsed).Select(c => c.Code).ToArray();
        Shop.Controls.SetFaultMix(SandboxFaultMix.Typical(Seed + 2) with { RetryAfterSeconds = 0, DropAfterCommit = 0.15 });

        var result = Shop.Shell.Run("""
            $kvCodes | Use-KvCoupon -PassThru -Verbose
            """, new Dictionary<string, object?> { ["kvCodes"] = unused });
        var injected = Shop.Controls.FaultsInjectedByMix;
        var decided = result.Verbose.Count(v => v.Contains("after the answer to an earlier marking was lost"));
        Output.WriteLine($"coupon setused: {result.Output.Count} written, {result.Errors.Count} errors; faults: {string.Join(", ", injected.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}"))}; lost answers decided by the resend's refusal as used: {decided}");

        Assert.Null(result.Terminating);
        Assert.Empty(result.Errors);
        Assert.Equal(unused, result.Output.Select(o => (string)o.BaseObject));
        Assert.All(Shop.Controls.Coupons, c => Assert.True(c.IsUsed));
        Assert.True(decided > 0, "no lost answer was decided");
    }
}
