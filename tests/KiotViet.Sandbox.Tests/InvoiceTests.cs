using System.Net;
using System.Text.Json;

namespace KiotViet.Sandbox.Tests;

public sealed class InvoiceTests : IClassFixture<SandboxFixture>
{
    private static readonly Dictionary<int, string> StatusTexts = new() { [1] = "Hoàn thành", [2] = "Đã hủy", [3] = "Đang xử lý", [5] = "Không giao được" };
    private readonly SandboxFixture sandbox;

    public InvoiceTests(SandboxFixture sandbox) => this.sandbox = sandbox;

    private static List<JsonElement> Rows(JsonElement page) => page.GetProperty("data").EnumerateArray().ToList();

    [Fact]
    public async Task Invoices_carry_lines_and_real_statuses_and_payments_only_when_asked()
    {
        using var client = await sandbox.FreshClientAsync();

        var plain = await client.GetJsonAsync("invoices?pageSize=100");
        var full = Rows(await client.GetJsonAsync("invoices?pageSize=100&includePayment=true&includeInvoiceDelivery=true"));

        Assert.Equal(500, plain.GetProperty("total").GetInt32());
        Assert.All(Rows(plain), r =>
        {
            Assert.Equal(StatusTexts[r.GetProperty("status").GetInt32()], r.GetProperty("statusValue").GetString());
            Assert.NotEqual(0, r.GetProperty("invoiceDetails").GetArrayLength());
            Assert.False(r.TryGetProperty("payments", out _));
            Assert.False(r.TryGetProperty("invoiceDelivery", out _));
        });
        Assert.Contains(full, r => r.GetProperty("payments").GetArrayLength() > 0);
        Assert.Contains(full, r => r.TryGetProperty("invoiceDelivery", out var d) && d.GetProperty("partnerDelivery").GetProperty("code").GetString() == "GHN");
    }

    [Theory]
    [InlineData("status=2,3")]
    [InlineData("status=2&status=3")]
    [InlineData("status[]=2&status[]=3")]
    public async Task Status_filter_accepts_every_array_encoding(string filter)
    {
        using var client = await sandbox.FreshClientAsync();

        var page = await client.GetJsonAsync($"invoices?pageSize=100&{filter}");

        Assert.InRange(page.GetProperty("total").GetInt32(), 1, 499);
        Assert.All(Rows(page), r => Assert.Contains(r.GetProperty("status").GetInt32(), new[] { 2, 3 }));
    }

    [Fact]
    public async Task Invoices_belong_to_seeded_customers_and_branches_and_filter_by_them()
    {
        using var client = await sandbox.FreshClientAsync();
        var sample = Rows(await client.GetJsonAsync("invoices?pageSize=50")).First(r => r.TryGetProperty("customerId", out _));
        var customerId = sample.GetProperty("customerId").GetInt64();
        var customerCode = sample.GetProperty("customerCode").GetString();

        var customer = await client.GetJsonAsync($"customers/{customerId}");
        var byCustomer = await client.GetJsonAsync($"invoices?customerIds={customerId}");
        var byCode = await client.GetJsonAsync($"invoices?customerCode={customerCode}");
        var byBranch = await client.GetJsonAsync("invoices?pageSize=100&branchIds=1001,1003");

        Assert.Equal(customerCode, customer.GetProperty("code").GetString());
        Assert.All(Rows(byCustomer), r => Assert.Equal(customerId, r.GetProperty("customerId").GetInt64()));
        Assert.Equal(byCustomer.GetProperty("total").GetInt32(), byCode.GetProperty("total").GetInt32());
        Assert.All(Rows(byBranch), r => Assert.Contains(r.GetProperty("branchId").GetInt64(), new long[] { 1001, 1003 }));
    }

    [Fact]
    public async Task Purchase_date_range_is_inclusive_of_the_last_day()
    {
        using var client = await sandbox.FreshClientAsync();
        var day = DateTime.Parse(Rows(await client.GetJsonAsync("invoices?pageSize=1"))[0].GetProperty("purchaseDate").GetString()!).Date;

        var page = await client.GetJsonAsync($"invoices?pageSize=100&fromPurchaseDate={day:yyyy-MM-dd}&toPurchaseDate={day:yyyy-MM-dd}");

        Assert.InRange(page.GetProperty("total").GetInt32(), 1, 499);
        Assert.All(Rows(page), r => Assert.Equal(day, DateTime.Parse(r.GetProperty("purchaseDate").GetString()!).Date));
    }

    [Fact]
    public async Task Reads_by_id_and_code_include_payments_and_a_missing_invoice_is_404()
    {
        using var client = await sandbox.FreshClientAsync();
        var first = Rows(await client.GetJsonAsync("invoices?pageSize=1"))[0];

        var byId = await client.GetJsonAsync($"invoices/{first.GetProperty("id").GetInt64()}");
        var byCode = await client.GetJsonAsync($"invoices/code/{first.GetProperty("code").GetString()}");
        var (missing, body) = await client.SendAsync(HttpMethod.Get, "invoices/code/HD999999");

        Assert.Equal(first.GetProperty("code").GetString(), byId.GetProperty("code").GetString());
        Assert.True(byCode.TryGetProperty("payments", out _));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("NotFound", Envelope.ErrorCode(body));
    }

    [Fact]
    public async Task Branches_list_the_shop_branches()
    {
        using var client = await sandbox.FreshClientAsync();

        var page = await client.GetJsonAsync("branches");

        Assert.Equal(3, page.GetProperty("total").GetInt32());
        Assert.Equal("Chi nhánh trung tâm", Rows(page)[0].GetProperty("branchName").GetString());
    }
}
