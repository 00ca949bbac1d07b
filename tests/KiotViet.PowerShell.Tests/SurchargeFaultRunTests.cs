using KiotViet.Sandbox;
using Xunit;
using Xunit.Abstractions;

namespace KiotViet.PowerShell.Tests;

/// <summary>
/// Surcharges created (with and without a code), updated and deactivated against a sandbox that meets every request
/// with a seeded fault mix, including writes applied whose answer is lost: each must be written exactly once and
/// reported as written.
/// </summary>
public sealed class SurchargeFaultRunTests : FaultRunTests
{
    private const int Seed = 20261205;

    public SurchargeFaultRunTests(ITestOutputHelper output)
        : base(new SandboxOptions { CustomerCount = 5, InvoiceCount = 5, OrderCount = 5 }, output)
    {
    }

    [Fact]
    public void Creating_updating_and_deactivating_80_surcharges_under_faults_writes_each_once()
    {
        const int count = 80;
        var before = Shop.Controls.Surcharges.Select(s => s.Id).ToHashSet();
        // The faults fall on the writes (the lookups' GETs would otherwise draw them in an order that depends on timing).
        Shop.Controls.SetFaultMix(SandboxFaultMix.Typical(Seed) with { RetryAfterSeconds = 0, Method = "POST" });

        var created = Shop.Shell.Run("""
            $csv = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "kv-surcharge-fault-$([guid]::NewGuid()).csv")
            1..$kvCount | ForEach-Object {
                [pscustomobject]@{ Name = "Phí $_"; Code = $(if ($_ % 2) { "PF$_" } else { '' }); Value = 1000 * $_ }
            } | Export-Csv -Path $csv -NoTypeInformation -Encoding utf8BOM
            try { Import-Csv -Path $csv | New-KvSurcharge -Verbose }
            finally { Remove-Item -LiteralPath $csv }
            """, new Dictionary<string, object?> { ["kvCount"] = count });
        ReportFaultRun("surcharge create", created);

        Assert.Null(created.Terminating);
        Assert.Empty(created.Errors);
        var made = Shop.Controls.Surcharges.Where(s => !before.Contains(s.Id)).ToList();
        Assert.Equal(Enumerable.Range(1, count).Select(n => $"Phí {n}").Order(), made.Select(s => s.Name).Order());
        Assert.Equal(made.Select(s => s.Id).Order(), created.Output.Select(o => (long)o.Properties["Id"].Value).Order());
        Assert.All(made, s => Assert.Equal(int.Parse(s.Name[4..]) % 2 == 1, s.Code == $"PF{s.Name[4..]}"));

        Shop.Controls.SetFaultMix(SandboxFaultMix.Typical(Seed + 1) with { RetryAfterSeconds = 0, Method = "PUT" });
        var ids = new Dictionary<string, object?> { ["kvIds"] = made.Select(s => s.Id).ToArray() };
        var updated = Shop.Shell.Run("""
            $kvIds | ForEach-Object { [pscustomobject]@{ Id = $_; Value = 500 } } | Set-KvSurcharge -PassThru -Verbose
            """, ids);
        ReportFaultRun("surcharge update", updated);
        Shop.Controls.SetFaultMix(SandboxFaultMix.Typical(Seed + 3) with { RetryAfterSeconds = 0, Method = "POST" });
        var deactivated = Shop.Shell.Run("""
            $kvIds | ForEach-Object { [pscustomobject]@{ Id = $_ } } | Disable-KvSurcharge -PassThru -Verbose
            """, ids);
        ReportFaultRun("surcharge deactivate", deactivated);

        foreach (var changed in new[] { updated, deactivated })
        {
            Assert.Null(changed.Terminating);
            Assert.Empty(changed.Errors);
            Assert.Equal(count, changed.Output.Count);
        }

        var stored = Shop.Controls.Surcharges.Where(s => !before.Contains(s.Id)).ToList();
        Assert.Equal(count, stored.Count);
        Assert.All(stored, s => Assert.Equal((500m, false), (s.Value, s.IsActive)));
    }

    [Fact]
    public void Deactivating_and_activating_again_under_faults_when_the_list_hides_inactive_surcharges_ends_as_asked()
    {
        Shop.Sandbox.Options.InactiveSurchargesListed = false;
        var made = Shop.Shell.Run("""
            1..40 | ForEach-Object { New-KvSurcharge -Name "Phí ẩn $_" -Code "PA$_" -Value 2000 }
            """).ShouldSucceed().Output.Select(o => (long)o.Properties["Id"].Value).ToArray();
        Shop.Controls.SetFaultMix(SandboxFaultMix.Typical(Seed + 2) with { RetryAfterSeconds = 0, Method = "POST" });

        var result = Shop.Shell.Run("""
            $kvIds | ForEach-Object { [pscustomobject]@{ Id = $_ } } | Disable-KvSurcharge -PassThru -Verbose
            $kvIds | Select-Object -First 20 | ForEach-Object { [pscustomobject]@{ Id = $_ } } | Enable-KvSurcharge -PassThru -Verbose
            """, new Dictionary<string, object?> { ["kvIds"] = made });
        ReportFaultRun("surcharge deactivate + activate, inactive ones unlisted", result);

        Assert.Null(result.Terminating);
        Assert.Empty(result.Errors);
        Assert.Equal(Enumerable.Repeat(false, 40).Concat(Enumerable.Repeat(true, 20)), result.Output.Select(o => (bool)o.Properties["IsActive"].Value));
        var stored = Shop.Controls.Surcharges.ToDictionary(s => s.Id);
        Assert.Equal(made.Select((_, i) => i < 20), made.Select(id => stored[id].IsActive));
    }
}
