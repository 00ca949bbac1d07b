using System.Management.Automation;
using Xunit;

namespace KiotViet.PowerShell.Tests;

public sealed class ProgressTests : IClassFixture<SandboxSession>
{
    private readonly SandboxSession shop;

    public ProgressTests(SandboxSession shop)
    {
        this.shop = shop;
        shop.Reset();
    }

    [Fact]
    public void Multi_page_reads_show_records_of_total_and_complete_the_bar()
    {
        var result = shop.Shell.Run("Get-KvCustomer -PageSize 50").ShouldSucceed();

        var records = result.Progress.Where(p => p.Activity == "Reading KiotViet customers").ToList();
        Assert.True(records.Count >= 5, $"{records.Count} progress records");
        Assert.Contains(records, p => p.StatusDescription.Contains($"of {shop.Controls.CustomerCount}") && p.PercentComplete is > 0 and <= 100);
        Assert.Equal(ProgressRecordType.Completed, records.Last().RecordType);
    }

    [Fact]
    public void Bulk_creates_report_progress_and_complete_it()
    {
        var result = shop.Shell.Run("""
            1..3 | ForEach-Object { [pscustomobject]@{ Name = "Khách $_"; Phone = "09120000$_$_" } } | New-KvCustomer
            """).ShouldSucceed();

        var records = result.Progress.Where(p => p.Activity == "Creating KiotViet customers").ToList();
        Assert.Contains(records, p => p.StatusDescription.StartsWith("3 created", StringComparison.Ordinal));
        Assert.Equal(ProgressRecordType.Completed, records.Last().RecordType);
    }

    [Fact]
    public void Waiting_for_the_server_is_shown_as_progress_status()
    {
        shop.Controls.InjectFault(KiotViet.Sandbox.SandboxFault.Status(429, "GET", "/customers", count: 1, retryAfterSeconds: 1));

        var result = shop.Shell.Run("Get-KvCustomer -First 10").ShouldSucceed();

        Assert.Contains(result.Progress, p => p.StatusDescription.Contains("429") && p.SecondsRemaining == 1);
    }

    [Fact]
    public void A_single_page_read_shows_no_progress()
    {
        var result = shop.Shell.Run("Get-KvCustomer -First 20").ShouldSucceed();

        Assert.Empty(result.Progress);
    }
}
