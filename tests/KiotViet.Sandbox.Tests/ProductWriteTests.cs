using System.Net;
using System.Text.Json;

namespace KiotViet.Sandbox.Tests;

public sealed class ProductWriteTests : IClassFixture<SandboxFixture>
{
    private readonly SandboxFixture sandbox;

    public ProductWriteTests(SandboxFixture sandbox) => this.sandbox = sandbox;

    [Fact]
    public async Task Create_answers_the_bare_product_with_a_generated_SP_code_and_its_branches_without_onHand_and_is_readable_by_code_with_its_stock()
    {
        using var client = await sandbox.FreshClientAsync();

        var (response, body) = await client.SendAsync(HttpMethod.Post, "products", new
        {
            name = "Bánh quy bơ",
            categoryId = 300010,
            basePrice = 45000,
            unit = "hộp",
            barCode = "8930000000001",
            inventories = new[] { new { branchId = 1002, onHand = 12 } },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(body.TryGetProperty("data", out _));
        var code = body.GetProperty("code").GetString()!;
        Assert.Matches("^SP\\d{6}$", code);
        Assert.Equal("Bánh quy", body.GetProperty("categoryName").GetString());
        // Revision 4.3: a product create no longer returns onHand (SandboxOptions.ProductCreateAnswersOnHand).
        Assert.False(Assert.Single(body.GetProperty("inventories").EnumerateArray()).TryGetProperty("onHand", out _));
        var fetched = await client.GetJsonAsync($"products/code/{code}");
        Assert.Equal("8930000000001", fetched.GetProperty("barCode").GetString());
        Assert.Equal(12, Assert.Single(fetched.GetProperty("inventories").EnumerateArray()).GetProperty("onHand").GetDouble());
        Assert.Equal(45000m, fetched.GetProperty("basePrice").GetDecimal());
    }

    [Fact]
    public async Task Create_answer_is_wrapped_in_data_when_the_option_says_so()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { CustomerCount = 1, InvoiceCount = 0, OrderCount = 0, WrapProductAnswers = true });
        using var client = await ApiClient.ConnectAsync(server);

        var (_, body) = await client.SendAsync(HttpMethod.Post, "products", new { name = "Kẹo dẻo trái cây", code = "KD01" });

        Assert.Equal("Tạo hàng hóa thành công", body.GetProperty("message").GetString());
        Assert.Equal("KD01", body.GetProperty("data").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("""{"name":"Trùng mã","code":"SP000001"}""", "Code", "Mã hàng SP000001 đã tồn tại")]
    [InlineData("""{"code":"NONAME1"}""", "Name", "Tên hàng hóa không được để trống")]
    [InlineData("""{"name":"Sai nhóm","categoryId":1}""", "CategoryId", "Nhóm hàng không tồn tại")]
    [InlineData("""{"name":"Sai chi nhánh","inventories":[{"branchId":9,"onHand":1}]}""", "BranchId", "Chi nhánh 9 không tồn tại")]
    public async Task A_create_KiotViet_would_refuse_gets_a_validation_error_on_the_field_and_stores_nothing(string json, string field, string message)
    {
        using var client = await sandbox.FreshClientAsync();
        var before = sandbox.Controls.Products.Count;

        var (response, body) = await client.SendAsync(HttpMethod.Post, "products", JsonDocument.Parse(json).RootElement);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Envelope.SingleFieldError(body);
        Assert.Equal(field, error.GetProperty("fieldName").GetString());
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal(before, sandbox.Controls.Products.Count);
    }

    [Fact]
    public async Task Update_changes_only_the_fields_sent_and_delete_removes_the_product()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { CustomerCount = 1, InvoiceCount = 0, OrderCount = 0 });
        using var client = await ApiClient.ConnectAsync(server);
        var original = server.Controls.Products[0];

        var (response, body) = await client.SendAsync(HttpMethod.Put, $"products/{original.Id}", new { basePrice = 99000 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(99000m, body.GetProperty("basePrice").GetDecimal());
        var stored = server.Controls.Products[0];
        Assert.Equal(original with { BasePrice = 99000m, OnHand = stored.OnHand }, stored);
        Assert.Equal(original.OnHand, stored.OnHand);

        var (deleted, message) = await client.SendAsync(HttpMethod.Delete, $"products/{original.Id}");
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal("Xóa dữ liệu thành công", message.GetProperty("message").GetString());
        Assert.DoesNotContain(server.Controls.Products, p => p.Id == original.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"products/{original.Id}")).StatusCode);
    }
}
