using System.Net;
using System.Text.Json;

namespace KiotViet.Sandbox.Tests;

public sealed class PriceBookWriteTests : IClassFixture<SandboxFixture>
{
    private const long Wholesale = 400001;
    private const long Tet = 400002;

    private readonly SandboxFixture sandbox;

    public PriceBookWriteTests(SandboxFixture sandbox) => this.sandbox = sandbox;

    [Fact]
    public async Task A_price_set_as_documented_answers_isSuccess_and_shows_in_the_price_book_and_on_the_product()
    {
        using var client = await sandbox.FreshClientAsync();
        var product = sandbox.Controls.Products[0];

        var (response, body) = await client.SendAsync(HttpMethod.Post, "pricebooks/detail", new { pricebookId = Wholesale, productId = product.Id, price = 12345 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body.GetProperty("isSuccess").GetBoolean());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("message").GetString()));
        var book = await client.GetJsonAsync($"pricebooks/{Wholesale}?pageSize=100");
        var row = Assert.Single(book.GetProperty("data").EnumerateArray(), r => r.GetProperty("productId").GetInt64() == product.Id);
        Assert.Equal(12345m, row.GetProperty("price").GetDecimal());
        var read = await client.GetJsonAsync($"products/{product.Id}");
        Assert.Equal(12345m, read.GetProperty("priceBooks").EnumerateArray().Single(p => p.GetProperty("priceBookId").GetInt64() == Wholesale).GetProperty("price").GetDecimal());
    }

    [Fact]
    public async Task A_product_the_price_book_lacks_is_added_and_price_book_0_is_the_base_price()
    {
        using var client = await sandbox.FreshClientAsync();
        var product = sandbox.Controls.Products[0]; // SP000001: not in the Tết price book (every third product is)
        var before = await client.GetJsonAsync($"pricebooks/{Tet}?pageSize=100");
        Assert.DoesNotContain(before.GetProperty("data").EnumerateArray(), r => r.GetProperty("productId").GetInt64() == product.Id);

        await client.SendAsync(HttpMethod.Post, "pricebooks/detail", new { pricebookId = Tet, productId = product.Id, price = 777 });
        await client.SendAsync(HttpMethod.Post, "pricebooks/detail", new { pricebookId = 0, productId = product.Id, price = 888 });

        var after = await client.GetJsonAsync($"pricebooks/{Tet}?pageSize=100");
        Assert.Equal(777m, after.GetProperty("data").EnumerateArray().Single(r => r.GetProperty("productId").GetInt64() == product.Id).GetProperty("price").GetDecimal());
        Assert.Equal(888m, sandbox.Controls.Products.Single(p => p.Id == product.Id).BasePrice);
    }

    [Theory]
    [InlineData("""{"pricebookId":999,"productId":5000001,"price":1}""", "PricebookId", "Bảng giá không tồn tại")]
    [InlineData("""{"pricebookId":400001,"productId":1,"price":1}""", "ProductId", "Hàng hóa không tồn tại")]
    [InlineData("""{"pricebookId":400001,"productId":5000001,"price":-5}""", "Price", "Giá bán không được nhỏ hơn 0")]
    [InlineData("""{"pricebookId":400001,"productId":5000001}""", "Price", "Giá bán không hợp lệ")]
    public async Task A_price_KiotViet_would_refuse_gets_a_validation_error_and_changes_nothing(string json, string field, string message)
    {
        using var client = await sandbox.FreshClientAsync();
        var before = await client.GetJsonAsync($"pricebooks/{Wholesale}?pageSize=100");

        var (response, body) = await client.SendAsync(HttpMethod.Post, "pricebooks/detail", JsonDocument.Parse(json).RootElement);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var status = body.GetProperty("responseStatus");
        Assert.Equal(message, status.GetProperty("message").GetString());
        Assert.Equal(field, status.GetProperty("errors")[0].GetProperty("fieldName").GetString());
        var after = await client.GetJsonAsync($"pricebooks/{Wholesale}?pageSize=100");
        Assert.Equal(before.GetProperty("data").GetRawText(), after.GetProperty("data").GetRawText());
    }
}
