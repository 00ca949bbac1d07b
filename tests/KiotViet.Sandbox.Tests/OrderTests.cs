using System.Net;
using System.Text.Json;

namespace KiotViet.Sandbox.Tests;

public sealed class OrderTests : IClassFixture<SandboxFixture>
{
    private readonly SandboxFixture sandbox;

    public OrderTests(SandboxFixture sandbox) => this.sandbox = sandbox;

    private static async Task<long> FirstProductIdAsync(ApiClient client) => Envelope.Ids(await client.GetJsonAsync("products?pageSize=1"))[0];

    [Fact]
    public async Task Orders_list_filter_and_read_by_id_and_code()
    {
        using var client = await sandbox.FreshClientAsync();

        var page = await client.GetJsonAsync("orders?pageSize=100&status=1&branchIds=1001");
        var first = page.GetProperty("data")[0];
        var byCode = await client.GetJsonAsync($"orders/code/{first.GetProperty("code").GetString()}");

        Assert.InRange(page.GetProperty("total").GetInt32(), 1, 99);
        Assert.All(page.GetProperty("data").EnumerateArray(), o => Assert.Equal("Phiếu tạm", o.GetProperty("statusValue").GetString()));
        Assert.Equal(first.GetProperty("id").GetInt64(), byCode.GetProperty("id").GetInt64());
        Assert.NotEqual(0, byCode.GetProperty("orderDetails").GetArrayLength());
    }

    [Fact]
    public async Task Retail_create_returns_the_order_unwrapped_as_a_draft_and_invoices_link_to_orders()
    {
        using var client = await sandbox.FreshClientAsync();
        var customerId = Envelope.Ids(await client.GetJsonAsync("customers"))[0];
        var productId = await FirstProductIdAsync(client);

        var (response, order) = await client.SendAsync(HttpMethod.Post, "orders", new { branchId = 1002, customer = new { id = customerId }, orderDetails = new[] { new { productId, quantity = 2, price = 45000 } } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, order.GetProperty("status").GetInt32());
        Assert.Equal("Phiếu tạm", order.GetProperty("statusValue").GetString());
        Assert.Equal(90000, order.GetProperty("total").GetDecimal());
        Assert.Equal(customerId, order.GetProperty("customerId").GetInt64());
        Assert.Equal(order.GetProperty("code").GetString(), (await client.GetJsonAsync($"orders/{order.GetProperty("id").GetInt64()}")).GetProperty("code").GetString());
        var linked = (await client.GetJsonAsync("invoices?pageSize=1&currentItem=9")).GetProperty("data")[0].GetProperty("orderId").GetInt64();
        Assert.Equal(linked, (await client.GetJsonAsync($"invoices?orderId={linked}")).GetProperty("data")[0].GetProperty("orderId").GetInt64());
    }

    [Fact]
    public async Task Create_refuses_a_zero_quantity_or_unknown_customer()
    {
        using var client = await sandbox.FreshClientAsync();
        var productId = await FirstProductIdAsync(client);

        var (zero, zeroBody) = await client.SendAsync(HttpMethod.Post, "orders", new { orderDetails = new[] { new { productId, quantity = 0 } } });
        var (stranger, strangerBody) = await client.SendAsync(HttpMethod.Post, "orders", new { customer = new { id = 42 }, orderDetails = new[] { new { productId, quantity = 1 } } });

        Assert.Equal(HttpStatusCode.BadRequest, zero.StatusCode);
        Assert.Equal("Quantity", Envelope.SingleFieldError(zeroBody).GetProperty("fieldName").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, stranger.StatusCode);
        Assert.Equal("CustomerId", Envelope.SingleFieldError(strangerBody).GetProperty("fieldName").GetString());
    }
}

public sealed class FnbTests : IClassFixture<SandboxFixture>
{
    private readonly SandboxFixture sandbox;

    public FnbTests(SandboxFixture sandbox)
    {
        this.sandbox = sandbox;
        sandbox.Controls.Reset();
    }

    [Fact]
    public async Task Fnb_tokens_open_fnb_paths_only_and_retail_tokens_retail_paths_only()
    {
        using var fnb = await ApiClient.ConnectAsync(sandbox.Server, fnb: true);
        using var retail = await ApiClient.ConnectAsync(sandbox.Server);

        Assert.Equal(HttpStatusCode.OK, (await fnb.GetAsync("customers")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fnb.GetAsync("categories")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fnb.Http.GetAsync(new Uri(sandbox.Server.BaseUri, "customers"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await retail.Http.GetAsync(new Uri(sandbox.Server.FnbBaseUri, "customers"))).StatusCode);
    }

    [Fact]
    public async Task Fnb_order_create_returns_a_uuid_that_reads_the_order_back()
    {
        using var fnb = await ApiClient.ConnectAsync(sandbox.Server, fnb: true);
        var productId = Envelope.Ids(await fnb.GetJsonAsync("products?pageSize=1"))[0];

        var (response, uuid) = await fnb.SendAsync(HttpMethod.Post, "orders/create", new { branchId = 1001, orderDetails = new[] { new { productId, quantity = 3 } } });
        var order = await fnb.GetJsonAsync($"orders/uuid/{uuid.GetString()}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(JsonValueKind.String, uuid.ValueKind);
        Assert.True(Guid.TryParse(uuid.GetString(), out _));
        Assert.Equal(uuid.GetString(), order.GetProperty("uuid").GetString());
        Assert.Equal(3, order.GetProperty("orderDetails")[0].GetProperty("quantity").GetDouble());
    }

    [Fact]
    public async Task The_retail_token_endpoint_also_issues_fnb_tokens_for_the_fnb_scope()
    {
        using var http = new HttpClient();
        using var response = await http.PostAsync(sandbox.Server.TokenUri, ApiClient.TokenForm("sandbox-client-id", "sandbox-client-secret", "PublicApi.Access.FNB"));
        var token = (await ApiClient.ReadAsync(response)).GetProperty("access_token").GetString();
        http.DefaultRequestHeaders.Add("Retailer", "demoshop");
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri(sandbox.Server.FnbBaseUri, "products"))).StatusCode);
    }
}
