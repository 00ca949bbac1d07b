using System.Management.Automation;
using Xunit;

namespace KiotViet.PowerShell.Tests;

/// <summary>
/// Every read cmdlet against the sandbox, one row per endpoint: it writes typed objects, exactly as many as the API's
/// total, distinct, whatever the page size; -First is pushed into the request; every cell exports as readable text.
/// </summary>
public sealed class ReadCmdletTests : IClassFixture<SandboxSession>
{
    private readonly SandboxSession shop;

    public ReadCmdletTests(SandboxSession shop)
    {
        this.shop = shop;
        shop.Reset();
    }

    /// <summary>Command line, endpoint path, output type, whether KiotViet documents paging for it (else -First/-Skip are counted here).</summary>
    public static TheoryData<string, string, string, bool> Listings => new()
    {
        { "Get-KvStock", "productOnHands", "ProductStock", true },
        { "Get-KvPriceBook", "pricebooks", "PriceBook", true },
        { "Get-KvPriceBookDetail -PriceBookId 400002", "pricebooks/400002", "PriceBookDetail", true },
        { "Get-KvCashFlow", "cashflow", "CashFlow", true },
        { "Get-KvReturn", "returns", "Return", true },
        { "Get-KvPurchaseOrder", "purchaseorders", "PurchaseOrder", true },
        { "Get-KvTransfer", "transfers", "Transfer", true },
        { "Get-KvOrderSupplier", "ordersuppliers", "OrderSupplier", true },
        { "Get-KvSupplier", "suppliers", "Supplier", true },
        { "Get-KvUser", "users", "User", true },
        { "Get-KvBankAccount", "BankAccounts", "BankAccount", true },
        { "Get-KvSurcharge", "surchages", "Surcharge", true },
        { "Get-KvSaleChannel", "salechannel", "SaleChannel", true },
        { "Get-KvLocation", "locations", "Location", true },
        { "Get-KvTrademark", "trademark", "Trademark", true },
        { "Get-KvVoucherCampaign", "vouchercampaign", "VoucherCampaign", false },
        { "Get-KvVoucher", "voucher", "Voucher", true },
    };

    public static TheoryData<string> ListingCommands => new(Listings.Select(row => (string)row[0]));

    [Theory]
    [MemberData(nameof(Listings))]
    public void Streams_every_row_the_API_reports_as_typed_objects_whatever_the_page_size(string command, string path, string type, bool _)
    {
        var total = Total(path);
        shop.Controls.ResetCounters();

        var all = shop.Shell.Run(command).ShouldSucceed().Output;
        var small = shop.Shell.Run($"{command} -PageSize 2").ShouldSucceed().Output;

        Assert.True(total > 1, $"the sandbox seeds several rows of /{path}");
        Assert.Equal(total, all.Count);
        Assert.All(all, o => Assert.Equal("KiotViet." + type, o.TypeNames[0]));
        Assert.Equal(Ids(all), Ids(small));
        Assert.Equal(Ids(all).Distinct().Count(), all.Count);
        Assert.True(shop.Controls.RequestCount("GET", "/" + path) >= 1 + (total + 1) / 2, "-PageSize 2 reads page by page");
    }

    [Theory]
    [MemberData(nameof(Listings))]
    public void First_stops_after_one_small_request(string command, string path, string _, bool paged)
    {
        var first = shop.Shell.Run($"{command} -First 2").ShouldSucceed().Output;

        Assert.Equal(2, first.Count);
        var request = Assert.Single(shop.Controls.Requests, r => r.Path.Equals("/" + path, StringComparison.OrdinalIgnoreCase));
        // A list KiotViet documents without paging is read whole (one request of 100) and counted here.
        Assert.Contains(paged ? "pageSize=2" : "pageSize=100", request.QueryString);
    }

    [Theory]
    [MemberData(nameof(ListingCommands))]
    public void Every_cell_exports_to_CSV_as_readable_text(string command)
    {
        var lines = shop.Shell.Run($"{command} | ConvertTo-Csv -NoTypeInformation").ShouldSucceed().Output.Select(o => o.ToString()!).ToList();

        Assert.True(lines.Count > 2, $"{command} exported {lines.Count} line(s)");
        Assert.StartsWith("\"Id\"", lines[0]);
        Assert.All(lines, line => Assert.DoesNotContain("\"System.", line));
        Assert.All(lines, line => Assert.DoesNotContain("\"KiotViet.", line));
    }

    [Fact]
    public void Settings_and_product_attributes_are_read_in_one_request_and_summarize_their_values()
    {
        var settings = shop.Shell.Run("Get-KvSetting").ShouldSucceed().Output;
        Assert.Equal(1, shop.Controls.RequestCount("GET", "/settings"));
        var byBranch = shop.Shell.Run("Get-KvSetting -Name *ByBranch").ShouldSucceed().Output;
        var attributes = shop.Shell.Run("Get-KvProductAttribute").ShouldSucceed().Output;

        Assert.Contains(settings, s => (string)s.Properties["Name"].Value == "ManagerCustomerByBranch" && s.Properties["Value"].Value is false);
        Assert.Equal("ManagerCustomerByBranch", Assert.Single(byBranch).Properties["Name"].Value);
        Assert.Contains(attributes, a => (string)a.Properties["Name"].Value == "MÀU" && (int)a.Properties["ValueCount"].Value == 3);
        Assert.Contains(attributes, a => a.Properties["Values"].Value.ToString() == "Đỏ; Xanh lá; Vàng");
    }

    [Fact]
    public void Supplier_orders_are_read_by_one_branch_and_by_id_and_an_undocumented_filter_is_refused_before_any_request()
    {
        var all = shop.Shell.Run("Get-KvOrderSupplier").ShouldSucceed().Output;
        var branch = (long)all[0].Properties["BranchId"].Value;
        var id = (long)all[0].Properties["Id"].Value;

        var ofBranch = shop.Shell.Run($"Get-KvOrderSupplier -BranchId {branch}").ShouldSucceed().Output;
        var byId = shop.Shell.Run($"Get-KvOrderSupplier -Id {id}").ShouldSucceed().Output; // 2.20.2: {total, pageSize, data: [order]}
        shop.Controls.ResetCounters();
        var dated = shop.Shell.Run("Get-KvOrderSupplier -FromDate 2026-01-01");
        var twoBranches = shop.Shell.Run($"Get-KvOrderSupplier -BranchId {branch},{branch + 1}");

        Assert.Equal(all.Where(o => (long)o.Properties["BranchId"].Value == branch).Select(o => (long)o.Properties["Id"].Value), ofBranch.Select(o => (long)o.Properties["Id"].Value));
        Assert.True(ofBranch.Count < all.Count, "the sandbox seeds supplier orders in several branches");
        Assert.Equal(id, (long)Assert.Single(byId).Properties["Id"].Value);
        Assert.Equal(all[0].Properties["Lines"].Value.ToString(), byId[0].Properties["Lines"].Value.ToString());
        Assert.Contains("does not document a date range", dated.AllText());
        Assert.Contains("does not document branchIds", twoBranches.AllText());
        Assert.Equal(0, shop.Controls.RequestCount("GET", "/ordersuppliers"));
    }

    private int Total(string path) =>
        Convert.ToInt32(shop.Shell.Run($"(Invoke-KvRequest '{path}' -Query @{{ pageSize = 1 }}).total").ShouldSucceed().Output.Single().BaseObject);

    private static List<long> Ids(IEnumerable<PSObject> objects) => objects.Select(o => (long)o.Properties["Id"].Value).Order().ToList();
}
