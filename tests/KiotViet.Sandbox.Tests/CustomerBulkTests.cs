using System.Net;

namespace KiotViet.Sandbox.Tests;

public sealed class CustomerBulkTests : IClassFixture<SandboxFixture>
{
    private readonly SandboxFixture sandbox;

    public CustomerBulkTests(SandboxFixture sandbox) => this.sandbox = sandbox;

    [Fact]
    public async Task A_bulk_create_at_the_doc_spelling_saves_every_row_and_answers_only_a_message()
    {
        using var client = await sandbox.FreshClientAsync();
        var before = sandbox.Controls.CustomerCount;

        var (response, body) = await client.SendAsync(HttpMethod.Post, "listaddcutomers", new
        {
            listCustomers = new object[] { new { name = "Lô Văn Một", code = "LO001", contactNumber = "0901000001" }, new { name = "Lô Thị Hai" } },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Thêm mới danh sách khách hàng thành công", body.GetProperty("message").GetString());
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Equal(before + 2, sandbox.Controls.CustomerCount);
        Assert.Equal("0901000001", (await client.GetJsonAsync("customers/code/LO001")).GetProperty("contactNumber").GetString());
        Assert.StartsWith("KH", sandbox.Controls.Customers.Single(c => c.Name == "Lô Thị Hai").Code);
        var (other, _) = await client.SendAsync(HttpMethod.Post, "listaddcustomers", new { listCustomers = new[] { new { name = "Sai đường dẫn" } } });
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact]
    public async Task The_other_spelling_is_served_when_the_option_says_so()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { CustomerCount = 1, InvoiceCount = 0, OrderCount = 0, BulkCustomerAddPath = "listaddcustomers" });
        using var client = await ApiClient.ConnectAsync(server);

        var (served, _) = await client.SendAsync(HttpMethod.Post, "listaddcustomers", new { listCustomers = new[] { new { name = "Đúng đường dẫn" } } });
        var (doc, _) = await client.SendAsync(HttpMethod.Post, "listaddcutomers", new { listCustomers = new[] { new { name = "Chính tả tài liệu" } } });

        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, doc.StatusCode);
        Assert.Equal(2, server.Controls.CustomerCount);
    }

    [Theory]
    [InlineData("KH000001", "Mã khách hàng KH000001 đã tồn tại")]
    [InlineData("LAP01", "Mã khách hàng LAP01 đã tồn tại")]
    [InlineData(null, "Tên khách hàng không được để trống")]
    public async Task One_bad_row_refuses_the_whole_batch_with_its_message_and_saves_nothing(string? code, string message)
    {
        using var client = await sandbox.FreshClientAsync();
        var before = sandbox.Controls.CustomerCount;
        var bad = code is null ? (object)new { name = " " } : new { name = "Trùng", code };

        var (response, body) = await client.SendAsync(HttpMethod.Post, "listaddcutomers", new
        {
            listCustomers = new[] { new { name = "Tốt Một", code = "LAP01" }, bad, new { name = "Tốt Hai", code = "LAP02" } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, body.GetProperty("responseStatus").GetProperty("message").GetString());
        Assert.Equal(before, sandbox.Controls.CustomerCount);
    }

    [Fact]
    public async Task A_bulk_update_changes_each_row_and_an_unknown_id_refuses_the_batch()
    {
        using var client = await sandbox.FreshClientAsync();
        var (first, second) = (sandbox.Controls.Customers[0], sandbox.Controls.Customers[1]);

        var (ok, okBody) = await client.SendAsync(HttpMethod.Put, "listupdatecustomers", new
        {
            listCustomers = new object[] { new { id = first.Id, email = "mot@lo.vn" }, new { id = second.Id, comments = "Khách quen" } },
        });
        var (refused, _) = await client.SendAsync(HttpMethod.Put, "listupdatecustomers", new
        {
            listCustomers = new object[] { new { id = first.Id, email = "khac@lo.vn" }, new { id = 1, comments = "Không có" } },
        });

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("Cập nhật danh sách khách hàng thành công", okBody.GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var now = sandbox.Controls.Customers.ToDictionary(c => c.Id);
        Assert.Equal("mot@lo.vn", now[first.Id].Email);
        Assert.Equal("Khách quen", now[second.Id].Comments);
        Assert.Equal(first.Name, now[first.Id].Name);
    }
}
