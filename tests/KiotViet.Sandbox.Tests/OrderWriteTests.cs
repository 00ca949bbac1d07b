using System.Net;
using System.Text.Json;

namespace KiotViet.Sandbox.Tests;

/// <summary>PUT /orders/{id}, the cancel DELETE /orders/{id}?IsVoidPayment=, and the "Cho phép đặt hàng" setting that gates them.</summary>
public sealed class OrderWriteTests
{
    [Fact]
    public async Task An_update_sets_the_fields_given_and_replaces_the_lines_and_a_cancel_answers_the_documented_message_and_cancels()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { CustomerCount = 5, InvoiceCount = 0, OrderCount = 10 });
        using var client = await ApiClient.ConnectAsync(server);
        var order = (await client.GetJsonAsync("orders?pageSize=10&status=1")).GetProperty("data")[0];
        var id = order.GetProperty("id").GetInt64();
        var product = (await client.GetJsonAsync("products?pageSize=1")).GetProperty("data")[0];

        var (updated, body) = await client.SendAsync(HttpMethod.Put, $"orders/{id}", new { description = "Giao sáng thứ bảy", orderDetails = new[] { new { productId = product.GetProperty("id").GetInt64(), quantity = 4, price = 10000 } } });
        var (cancelled, cancelledBody) = await client.SendAsync(HttpMethod.Delete, $"orders/{id}?IsVoidPayment=true");
        var (again, refusal) = await client.SendAsync(HttpMethod.Put, $"orders/{id}", new { description = "x" });

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("Giao sáng thứ bảy", body.GetProperty("description").GetString());
        Assert.Equal(1, body.GetProperty("orderDetails").GetArrayLength());
        Assert.Equal(40000m - body.GetProperty("discount").GetDecimal(), body.GetProperty("total").GetDecimal());
        Assert.Equal(order.GetProperty("code").GetString(), body.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal("Xóa dữ liệu thành công", cancelledBody.GetProperty("message").GetString());
        Assert.Equal("Đã hủy", (await client.GetJsonAsync($"orders/{id}")).GetProperty("statusValue").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("đã bị hủy", refusal.GetProperty("responseStatus").GetProperty("message").GetString());
    }

    [Fact]
    public async Task With_ordering_off_every_order_write_is_refused_with_the_settings_message_and_nothing_changes()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { CustomerCount = 5, InvoiceCount = 0, OrderCount = 10, AllowOrders = false });
        using var client = await ApiClient.ConnectAsync(server);
        var order = (await client.GetJsonAsync("orders?pageSize=10&status=1")).GetProperty("data")[0];
        var id = order.GetProperty("id").GetInt64();
        var productId = (await client.GetJsonAsync("products?pageSize=1")).GetProperty("data")[0].GetProperty("id").GetInt64();

        var answers = new[]
        {
            await client.SendAsync(HttpMethod.Post, "orders", new { orderDetails = new[] { new { productId, quantity = 1 } } }),
            await client.SendAsync(HttpMethod.Put, $"orders/{id}", new { description = "x" }),
            await client.SendAsync(HttpMethod.Delete, $"orders/{id}?IsVoidPayment=false"),
        };

        Assert.All(answers, a =>
        {
            Assert.Equal(HttpStatusCode.BadRequest, a.Response.StatusCode);
            Assert.Equal("Thiết lập “Cho phép đặt hàng” đang không được bật", a.Body.GetProperty("responseStatus").GetProperty("message").GetString());
        });
        var after = await client.GetJsonAsync($"orders/{id}");
        Assert.Equal(order.GetProperty("statusValue").GetString(), after.GetProperty("statusValue").GetString());
        Assert.Equal(10, (await client.GetJsonAsync("orders")).GetProperty("total").GetInt32());
    }
}
