using System.Net;
using System.Text.Json;

namespace KiotViet.Sandbox.Tests;

/// <summary>POST /invoices, PUT /invoices/{id} and POST /payments: totals, status, payments and KiotViet-style refusals.</summary>
public sealed class InvoiceWriteTests
{
    [Fact]
    public async Task A_created_invoice_is_completed_with_its_total_and_what_was_paid_as_a_payment_and_can_be_read_back()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { CustomerCount = 5, InvoiceCount = 3, OrderCount = 0 });
        using var client = await ApiClient.ConnectAsync(server);
        var customer = (await client.GetJsonAsync("customers?pageSize=1")).GetProperty("data")[0].GetProperty("id").GetInt64();
        var product = (await client.GetJsonAsync("products?pageSize=1")).GetProperty("data")[0];
        var account = (await client.GetJsonAsync("BankAccounts")).GetProperty("data")[0].GetProperty("id").GetInt64();

        var (response, body) = await client.SendAsync(HttpMethod.Post, "invoices", new
        {
            customerId = customer,
            discount = 5000,
            totalPayment = 20000,
            method = "Transfer",
            accountId = account,
            invoiceDetails = new[] { new { productCode = product.GetProperty("code").GetString(), quantity = 3, price = 15000, discount = 1000 } },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(45000m - 1000m - 5000m, body.GetProperty("total").GetDecimal());
        Assert.Equal(20000m, body.GetProperty("totalPayment").GetDecimal());
        Assert.Equal(1, body.GetProperty("status").GetInt32());
        Assert.Equal("Hoàn thành", body.GetProperty("statusValue").GetString());
        var payment = Assert.Single(body.GetProperty("payments").EnumerateArray());
        Assert.Equal("Transfer", payment.GetProperty("method").GetString());
        Assert.Equal(account, payment.GetProperty("accountId").GetInt64());
        Assert.Equal("HD000004", body.GetProperty("code").GetString());
        var read = await client.GetJsonAsync($"invoices/code/HD000004");
        Assert.Equal(body.GetProperty("id").GetInt64(), read.GetProperty("id").GetInt64());
        Assert.Equal(customer, read.GetProperty("customerId").GetInt64());
    }

    [Theory]
    [InlineData("""{"invoiceDetails":[]}""", "InvoiceDetails")]
    [InlineData("""{"invoiceDetails":[{"productId":1,"quantity":1}]}""", "ProductId")]
    [InlineData("""{"customerId":42,"invoiceDetails":[{"productCode":"SP000001","quantity":1}]}""", "CustomerId")]
    [InlineData("""{"method":"Bitcoin","totalPayment":10,"invoiceDetails":[{"productCode":"SP000001","quantity":1}]}""", "Method")]
    [InlineData("""{"method":"Card","accountId":7,"totalPayment":10,"invoiceDetails":[{"productCode":"SP000001","quantity":1}]}""", "AccountId")]
    public async Task A_bad_create_is_refused_naming_the_field_and_saves_nothing(string json, string field)
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { CustomerCount = 5, InvoiceCount = 3, OrderCount = 0 });
        using var client = await ApiClient.ConnectAsync(server);

        var (response, body) = await client.SendAsync(HttpMethod.Post, "invoices", JsonDocument.Parse(json).RootElement);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(field, body.GetProperty("responseStatus").GetProperty("errors")[0].GetProperty("fieldName").GetString());
        Assert.Equal(3, (await client.GetJsonAsync("invoices")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task An_update_replaces_the_lines_and_recomputes_the_total_ignores_undocumented_fields_and_a_cancelled_invoice_cannot_change()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { CustomerCount = 5, InvoiceCount = 40, OrderCount = 0 });
        using var client = await ApiClient.ConnectAsync(server);
        var invoices = (await client.GetJsonAsync("invoices?pageSize=40")).GetProperty("data").EnumerateArray().ToList();
        var unpaid = invoices.First(i => i.GetProperty("status").GetInt32() == 3 && i.GetProperty("totalPayment").GetDecimal() == 0);
        var cancelled = invoices.First(i => i.GetProperty("status").GetInt32() == 2);

        var (updated, body) = await client.SendAsync(HttpMethod.Put, $"invoices/{unpaid.GetProperty("id").GetInt64()}", new { description = "Đổi hàng", discount = 0, invoiceDetails = new[] { new { productCode = "SP000002", quantity = 2, price = 30000 } } });
        var (refused, refusal) = await client.SendAsync(HttpMethod.Put, $"invoices/{cancelled.GetProperty("id").GetInt64()}", new { description = "x" });

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        // PUT /invoices/{id} documents no description or discount: they are ignored, as KiotViet ignores them.
        var discount = unpaid.TryGetProperty("discount", out var d) && d.ValueKind == JsonValueKind.Number ? d.GetDecimal() : 0m;
        Assert.Equal(60000m - discount, body.GetProperty("total").GetDecimal());
        Assert.NotEqual("Đổi hàng", body.TryGetProperty("description", out var note) ? note.GetString() : null);
        Assert.Equal("SP000002", body.GetProperty("invoiceDetails")[0].GetProperty("productCode").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("đã bị hủy", refusal.GetProperty("responseStatus").GetProperty("message").GetString());
    }

    [Fact]
    public async Task Payments_add_up_on_the_invoice_until_it_is_paid_and_more_than_is_owed_is_refused()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { CustomerCount = 5, InvoiceCount = 3, OrderCount = 0 });
        using var client = await ApiClient.ConnectAsync(server);
        var (_, invoice) = await client.SendAsync(HttpMethod.Post, "invoices", new { invoiceDetails = new[] { new { productCode = "SP000001", quantity = 1, price = 100000 } } });
        var id = invoice.GetProperty("id").GetInt64();

        var (first, firstBody) = await client.SendAsync(HttpMethod.Post, "payments", new { invoiceId = id, amount = 30000, method = "Cash" });
        var (tooMuch, tooMuchBody) = await client.SendAsync(HttpMethod.Post, "payments", new { invoiceId = id, amount = 70001, method = "Cash" });
        var (rest, _) = await client.SendAsync(HttpMethod.Post, "payments", new { invoiceId = id, amount = 70000, method = "Card" });
        var (missing, _) = await client.SendAsync(HttpMethod.Post, "payments", new { invoiceId = 1, amount = 1 });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(id, firstBody.GetProperty("invoiceId").GetInt64());
        Assert.Equal(30000m, firstBody.GetProperty("amount").GetDecimal());
        Assert.Equal(HttpStatusCode.BadRequest, tooMuch.StatusCode);
        Assert.Equal("Amount", tooMuchBody.GetProperty("responseStatus").GetProperty("errors")[0].GetProperty("fieldName").GetString());
        Assert.Equal(HttpStatusCode.OK, rest.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var read = await client.GetJsonAsync($"invoices/{id}");
        Assert.Equal(100000m, read.GetProperty("totalPayment").GetDecimal());
        Assert.Equal(new[] { "Cash", "Card" }, read.GetProperty("payments").EnumerateArray().Select(p => p.GetProperty("method").GetString()));
    }
}
