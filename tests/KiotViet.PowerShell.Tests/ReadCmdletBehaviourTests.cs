using System.Management.Automation;
using Xunit;

namespace KiotViet.PowerShell.Tests;

/// <summary>What the new read cmdlets add beyond the shared listing shape: keys, pipelines between them, sync and removals.</summary>
public sealed class ReadCmdletBehaviourTests : IClassFixture<SandboxSession>, IDisposable
{
    private readonly SandboxSession shop;
    private readonly string folder = Directory.CreateTempSubdirectory("kv-reads-").FullName;

    public ReadCmdletBehaviourTests(SandboxSession shop)
    {
        this.shop = shop;
        shop.Reset();
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Returns_are_read_by_id_and_code_and_a_missing_one_does_not_stop_the_others()
    {
        var listed = shop.Shell.Run("Get-KvReturn -First 2").ShouldSucceed().Output;
        var code = (string)listed[0].Properties["Code"].Value;
        var id = (long)listed[1].Properties["Id"].Value;

        var byCode = shop.Shell.Run($"Get-KvReturn -Code '{code}', 'TH999999'");
        var byId = shop.Shell.Run($"Get-KvReturn -Id {id}").ShouldSucceed().Output;

        Assert.Equal(code, Assert.Single(byCode.Output).Properties["Code"].Value);
        Assert.StartsWith("KiotVietNotFound,", Assert.Single(byCode.Errors).FullyQualifiedErrorId);
        Assert.Equal(id, Assert.Single(byId).Properties["Id"].Value);
        Assert.True((int)byId[0].Properties["LineCount"].Value > 0);
    }

    [Fact]
    public void Price_books_piped_to_Get_KvPriceBookDetail_give_every_price_with_its_price_book()
    {
        var prices = shop.Shell.Run("Get-KvPriceBook | Get-KvPriceBookDetail").ShouldSucceed().Output;
        var books = shop.Shell.Run("Get-KvPriceBook -IncludeScope").ShouldSucceed().Output;

        var perBook = prices.GroupBy(p => (long)p.Properties["PriceBookId"].Value).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(books.Select(b => (long)b.Properties["Id"].Value).Order(), perBook.Keys.Order());
        Assert.Equal(shop.Shell.Run("(Get-KvProduct).Count").ShouldSucceed().Output.Single().BaseObject, perBook[400001]);
        Assert.Contains(books, b => (int)b.Properties["BranchCount"].Value == 2 && b.Properties["Branches"].Value.ToString()!.Contains("Chi nhánh"));
    }

    [Fact]
    public void Stock_syncs_incrementally_between_runs()
    {
        var state = Path.Combine(folder, "stock.sync.json");

        var first = shop.Shell.Run($"Get-KvStock -SyncState '{state}' -BranchId 1001").ShouldSucceed().Output;
        var second = shop.Shell.Run($"Get-KvStock -SyncState '{state}' -BranchId 1001").ShouldSucceed().Output;

        Assert.Equal(shop.Shell.Run("(Get-KvProduct).Count").ShouldSucceed().Output.Single().BaseObject, first.Count);
        Assert.All(first, s => Assert.Equal(1, s.Properties["BranchCount"].Value));
        Assert.Empty(second);
        Assert.True(File.Exists(state));
    }

    [Fact]
    public void Removed_users_come_as_removal_records_after_the_users()
    {
        var output = shop.Shell.Run("Get-KvUser -ModifiedSince (Get-Date).AddDays(-30) -IncludeRemoved").ShouldSucceed().Output;

        var removal = Assert.Single(output, o => o.TypeNames[0] == "KiotViet.RemovedRecord");
        Assert.Equal("User", removal.Properties["EntityType"].Value);
        Assert.Same(removal, output[^1]);
    }

    [Fact]
    public void Refunds_in_the_cash_book_match_the_returns()
    {
        var refunds = shop.Shell.Run("Get-KvCashFlow -Direction Payment").ShouldSucceed().Output;
        var returns = shop.Shell.Run("Get-KvReturn").ShouldSucceed().Output;

        Assert.Equal(returns.Count, refunds.Count);
        Assert.All(refunds, r => Assert.False((bool)r.Properties["IsReceipt"].Value));
        Assert.All(returns, r => Assert.Contains(refunds, f => ((string)f.Properties["Description"].Value).Contains((string)r.Properties["Code"].Value)));
        Assert.Contains("isReceipt=false", Assert.Single(shop.Controls.Requests, q => q.Path == "/cashflow").QueryString);
    }

    [Fact]
    public void Campaigns_piped_to_Get_KvVoucher_give_each_campaign_its_vouchers()
    {
        var vouchers = shop.Shell.Run("Get-KvVoucherCampaign | Get-KvVoucher").ShouldSucceed().Output;
        var campaigns = shop.Shell.Run("Get-KvVoucherCampaign").ShouldSucceed().Output;

        Assert.Equal(campaigns.Sum(c => (int)c.Properties["Quantity"].Value), vouchers.Count);
        Assert.Equal(campaigns.Count, vouchers.Select(v => v.Properties["VoucherCampaignId"].Value).Distinct().Count());
    }
}
