using System.Net;

namespace KiotViet.Sandbox.Tests;

public sealed class CategoryWriteTests
{
    [Fact]
    public async Task Create_wraps_the_category_in_data_and_a_fourth_level_or_a_name_taken_under_the_parent_is_refused()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { CustomerCount = 1, InvoiceCount = 0, OrderCount = 0 });
        using var client = await ApiClient.ConnectAsync(server);

        var (_, created) = await client.SendAsync(HttpMethod.Post, "categories", new { categoryName = "Cà phê muối", parentId = 300002 });
        var (deep, deepBody) = await client.SendAsync(HttpMethod.Post, "categories", new { categoryName = "Cấp bốn", parentId = created.GetProperty("data").GetProperty("categoryId").GetInt64() });
        var (taken, takenBody) = await client.SendAsync(HttpMethod.Post, "categories", new { categoryName = "Trà", parentId = 300001 });

        Assert.Equal(300002, created.GetProperty("data").GetProperty("parentId").GetInt64());
        Assert.Equal(HttpStatusCode.BadRequest, deep.StatusCode);
        Assert.Equal("Nhóm hàng chỉ được tối đa 3 cấp", Envelope.SingleFieldError(deepBody).GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);
        Assert.Equal("CategoryName", Envelope.SingleFieldError(takenBody).GetProperty("fieldName").GetString());
        Assert.Single(server.Controls.Categories, c => c.Name == "Cà phê muối");
        Assert.DoesNotContain(server.Controls.Categories, c => c.Name == "Cấp bốn");
    }

    [Fact]
    public async Task Delete_refuses_a_parent_and_a_category_with_products_and_deletes_an_empty_one()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { CustomerCount = 1, InvoiceCount = 0, OrderCount = 0 });
        using var client = await ApiClient.ConnectAsync(server);

        var (parent, parentBody) = await client.SendAsync(HttpMethod.Delete, "categories/300001");
        var (used, usedBody) = await client.SendAsync(HttpMethod.Delete, "categories/300003");
        var (_, created) = await client.SendAsync(HttpMethod.Post, "categories", new { categoryName = "Tạm thời" });
        var emptyId = created.GetProperty("data").GetProperty("categoryId").GetInt64();
        var (empty, emptyBody) = await client.SendAsync(HttpMethod.Delete, $"categories/{emptyId}");

        Assert.Equal(HttpStatusCode.BadRequest, parent.StatusCode);
        Assert.Contains("đang có nhóm con", parentBody.GetProperty("responseStatus").GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, used.StatusCode);
        Assert.Contains("đang được sử dụng", usedBody.GetProperty("responseStatus").GetProperty("message").GetString());
        Assert.Contains(server.Controls.Categories, c => c.Id == 300001);
        Assert.Contains(server.Controls.Categories, c => c.Id == 300003);
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Equal("Xóa dữ liệu thành công", emptyBody.GetProperty("message").GetString());
        Assert.DoesNotContain(server.Controls.Categories, c => c.Id == emptyId);
    }
}
