using System.Net;
using System.Text.Json;

namespace KiotViet.Sandbox.Tests;

/// <summary>The documented read endpoints beyond customers, invoices, orders and the catalog.</summary>
public sealed class BackOfficeTests : IClassFixture<SandboxFixture>
{
    private readonly SandboxFixture sandbox;

    public BackOfficeTests(SandboxFixture sandbox) => this.sandbox = sandbox;

    public static TheoryData<string, string> Listings => new()
    {
        { "productOnHands", "id" },
        { "pricebooks", "id" },
        { "pricebooks/400001", "productId" },
        { "cashflow", "id" },
        { "returns", "id" },
        { "purchaseorders", "id" },
        { "transfers", "id" },
        { "ordersuppliers", "id" },
        { "suppliers", "id" },
        { "users", "id" },
        { "BankAccounts", "id" },
        { "surchages", "id" },
        { "salechannel", "id" },
        { "locations", "id" },
        { "trademark", "tradeMarkId" },
        { "vouchercampaign", "id" },
        { "voucher", "id" },
    };

    private static List<JsonElement> Rows(JsonElement page) => page.GetProperty("data").EnumerateArray().ToList();

    [Theory]
    [MemberData(nameof(Listings))]
    public async Task Each_listing_pages_with_the_real_envelope_and_no_row_twice(string path, string idName)
    {
        using var client = await sandbox.FreshClientAsync();

        var first = await client.GetJsonAsync($"{path}?pageSize=3");
        var total = first.GetProperty("total").GetInt32();
        var ids = new List<long>();
        for (var offset = 0; offset < total; offset += 3)
        {
            ids.AddRange(Rows(await client.GetJsonAsync($"{path}?pageSize=3&currentItem={offset}")).Select(r => r.GetProperty(idName).GetInt64()));
        }

        Assert.True(total > 1);
        // Voucher campaigns and vouchers print no pageSize in their envelope (2.24.1, 2.24.2): none is echoed.
        Assert.Equal(path.StartsWith("voucher", StringComparison.Ordinal) ? (int?)null : 3, first.TryGetProperty("pageSize", out var size) ? size.GetInt32() : (int?)null);
        Assert.False(first.TryGetProperty("timestamp", out _)); // printed on categories and branches only (2.3.1, 2.7)
        Assert.Equal(total, ids.Count);
        Assert.Equal(total, ids.Distinct().Count());
        Assert.Equal(Math.Min(20, total), Rows(await client.GetJsonAsync(path)).Count); // the documented default page size
    }

    [Theory]
    [InlineData("returns/987654321")]
    [InlineData("returns/code/TH999999")]
    [InlineData("purchaseorders/1")]
    [InlineData("transfers/1")]
    [InlineData("ordersuppliers/1")]
    [InlineData("suppliers/1")]
    public async Task A_missing_document_is_the_not_found_envelope(string path)
    {
        using var client = await sandbox.FreshClientAsync();

        var (response, body) = await client.SendAsync(HttpMethod.Get, path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("NotFound", body.GetProperty("responseStatus").GetProperty("errorCode").GetString());
    }

    [Fact]
    public async Task Stock_lists_every_product_in_every_branch_and_narrows_to_the_branches_asked_for()
    {
        using var client = await sandbox.FreshClientAsync();

        var all = Rows(await client.GetJsonAsync("productOnHands?pageSize=100"));
        var one = Rows(await client.GetJsonAsync("productOnHands?pageSize=100&branchIds=1002"));
        var products = (await client.GetJsonAsync("products?pageSize=1")).GetProperty("total").GetInt32();

        Assert.Equal(products, all.Count);
        Assert.All(all, p => Assert.Equal(3, p.GetProperty("inventories").GetArrayLength()));
        Assert.All(one, p => Assert.Equal(1002, Assert.Single(p.GetProperty("inventories").EnumerateArray()).GetProperty("branchId").GetInt64()));
    }

    [Fact]
    public async Task Price_books_price_seeded_products_and_show_their_scope_only_when_asked()
    {
        using var client = await sandbox.FreshClientAsync();

        var plain = Rows(await client.GetJsonAsync("pricebooks"));
        var scoped = Rows(await client.GetJsonAsync("pricebooks?includePriceBookBranch=true&includePriceBookCustomerGroups=true"));
        var prices = Rows(await client.GetJsonAsync("pricebooks/400002?pageSize=100"));
        var product = await client.GetJsonAsync($"products/{prices[0].GetProperty("productId").GetInt64()}");

        Assert.All(plain, b => Assert.False(b.TryGetProperty("priceBookBranches", out _)));
        Assert.Equal(2, scoped.Single(b => b.GetProperty("id").GetInt64() == 400002).GetProperty("priceBookBranches").GetArrayLength());
        Assert.Equal(20, prices.Count);
        Assert.Contains(product.GetProperty("priceBooks").EnumerateArray(), p => p.GetProperty("priceBookId").GetInt64() == 400002 && p.GetProperty("price").GetDecimal() == prices[0].GetProperty("price").GetDecimal());
    }

    [Fact]
    public async Task The_cash_book_has_a_receipt_for_each_invoice_payment_and_a_payment_for_each_refund()
    {
        using var client = await sandbox.FreshClientAsync();
        var invoice = Rows(await client.GetJsonAsync("invoices?pageSize=50&includePayment=true&status=1")).First(i => i.GetProperty("payments").GetArrayLength() > 0);
        var payment = invoice.GetProperty("payments")[0];

        var receipts = Rows(await client.GetJsonAsync($"cashflow?pageSize=100&isReceipt=true&branchIds={invoice.GetProperty("branchId").GetInt64()}&startDate={payment.GetProperty("transDate").GetString()}&endDate={payment.GetProperty("transDate").GetString()}"));
        var refunds = Rows(await client.GetJsonAsync("cashflow?pageSize=100&isReceipt=false"));
        var returns = (await client.GetJsonAsync("returns?pageSize=1")).GetProperty("total").GetInt32();

        var receipt = Assert.Single(receipts, r => r.GetProperty("code").GetString() == payment.GetProperty("code").GetString());
        Assert.Equal(payment.GetProperty("amount").GetDecimal(), receipt.GetProperty("amount").GetDecimal());
        Assert.Contains(invoice.GetProperty("code").GetString()!, receipt.GetProperty("description").GetString());
        Assert.Equal(returns, refunds.Count);
    }

    [Fact]
    public async Task Returns_are_of_seeded_invoices_and_read_by_id_and_code()
    {
        using var client = await sandbox.FreshClientAsync();
        var listed = Rows(await client.GetJsonAsync("returns?pageSize=100"));

        var byId = await client.GetJsonAsync($"returns/{listed[0].GetProperty("id").GetInt64()}");
        var byCode = await client.GetJsonAsync($"returns/code/{listed[0].GetProperty("code").GetString()}");
        var invoice = await client.GetJsonAsync($"invoices/{listed[0].GetProperty("invoiceId").GetInt64()}");

        Assert.Equal(listed[0].GetProperty("code").GetString(), byId.GetProperty("code").GetString());
        Assert.Equal(byId.GetProperty("id").GetInt64(), byCode.GetProperty("id").GetInt64());
        Assert.Equal(listed[0].GetProperty("invoiceId").GetInt64(), invoice.GetProperty("id").GetInt64());
        Assert.False(listed[0].TryGetProperty("invoiceCode", out _), "2.19.1 prints no invoiceCode");
        Assert.Equal(listed[0].GetProperty("customerId").GetInt64(), invoice.GetProperty("customerId").GetInt64());
    }

    [Theory]
    [InlineData("users", "removeIds")] // each as its documentation spells it (2.8, 2.9, 2.26.1)
    [InlineData("BankAccounts", "removeIds")]
    [InlineData("suppliers", "removedId")]
    public async Task Removed_ids_come_with_includeRemoveIds_since_lastModifiedFrom(string path, string property)
    {
        using var client = await sandbox.FreshClientAsync();
        var since = DateTime.Today.AddDays(-30).ToString("yyyy-MM-dd");

        var withRemovals = await client.GetJsonAsync($"{path}?lastModifiedFrom={since}&includeRemoveIds=true");
        var without = await client.GetJsonAsync($"{path}?lastModifiedFrom={since}");
        var later = await client.GetJsonAsync($"{path}?lastModifiedFrom={DateTime.Today.AddDays(1):yyyy-MM-dd}&includeRemoveIds=true");

        Assert.Single(withRemovals.GetProperty(property).EnumerateArray());
        Assert.False(without.TryGetProperty(property, out _));
        Assert.Empty(later.GetProperty(property).EnumerateArray());
        Assert.Equal(0, later.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Vouchers_filter_by_campaign_and_status()
    {
        using var client = await sandbox.FreshClientAsync();
        var campaigns = Rows(await client.GetJsonAsync("vouchercampaign"));
        var campaign = campaigns[0];

        var vouchers = Rows(await client.GetJsonAsync($"voucher?pageSize=100&campaignId={campaign.GetProperty("id").GetInt64()}"));
        var used = Rows(await client.GetJsonAsync($"voucher?pageSize=100&campaignId={campaign.GetProperty("id").GetInt64()}&status=3"));

        Assert.Equal(campaign.GetProperty("quantity").GetInt32(), vouchers.Count);
        Assert.NotEmpty(used);
        Assert.All(used, v => Assert.Equal(3, v.GetProperty("status").GetInt32()));
    }

    [Fact]
    public async Task Settings_are_one_object_and_attributes_a_bare_array_unless_configured_otherwise()
    {
        using var client = await sandbox.FreshClientAsync();

        var settings = await client.GetJsonAsync("settings");
        var attributes = await client.GetJsonAsync("attributes/allwithdistinctvalue");
        await using var enveloped = await SandboxServer.StartAsync(new SandboxOptions { AttributesInEnvelope = true, CustomerCount = 5, InvoiceCount = 5 });
        using var other = await ApiClient.ConnectAsync(enveloped);
        var wrapped = await other.GetJsonAsync("attributes/allwithdistinctvalue");

        Assert.False(settings.GetProperty("ManagerCustomerByBranch").GetBoolean());
        Assert.Equal(JsonValueKind.Array, attributes.ValueKind);
        Assert.Equal(attributes.GetArrayLength(), wrapped.GetProperty("data").GetArrayLength());
    }
}
