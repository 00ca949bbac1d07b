using System.Text.Json;

namespace KiotViet.Sandbox.Tests;

public sealed class CatalogTests : IClassFixture<SandboxFixture>
{
    private readonly SandboxFixture sandbox;

    public CatalogTests(SandboxFixture sandbox) => this.sandbox = sandbox;

    private static List<JsonElement> Rows(JsonElement page) => page.GetProperty("data").EnumerateArray().ToList();

    private static int Depth(JsonElement category) =>
        1 + (category.TryGetProperty("children", out var children) ? children.EnumerateArray().Max(Depth) : 0);

    [Fact]
    public async Task Categories_come_flat_or_as_a_three_level_tree()
    {
        using var client = await sandbox.FreshClientAsync();

        var flat = await client.GetJsonAsync("categories?pageSize=100");
        var tree = await client.GetJsonAsync("categories?hierachicalData=true");

        Assert.Equal(18, flat.GetProperty("total").GetInt32());
        Assert.All(Rows(flat), c => Assert.False(c.TryGetProperty("children", out _)));
        Assert.Equal(3, tree.GetProperty("total").GetInt32());
        Assert.All(Rows(tree), root => Assert.False(root.TryGetProperty("parentId", out _)));
        Assert.Equal(3, Rows(tree).Max(Depth));
    }

    [Fact]
    public async Task Products_filter_by_category_subtree_and_include_inventories_and_price_books_on_request()
    {
        using var client = await sandbox.FreshClientAsync();
        var drinks = Rows(await client.GetJsonAsync("categories?hierachicalData=true")).Single(c => c.GetProperty("categoryName").GetString() == "Đồ uống");
        var leafIds = drinks.GetProperty("children").EnumerateArray().SelectMany(c => c.GetProperty("children").EnumerateArray()).Select(c => c.GetProperty("categoryId").GetInt64()).ToList();

        var plain = Rows(await client.GetJsonAsync($"products?pageSize=100&categoryId={drinks.GetProperty("categoryId").GetInt64()}"));
        var withStock = Rows(await client.GetJsonAsync("products?pageSize=5&includeInventory=true&includePricebook=true&branchIds=1002"));

        Assert.NotEmpty(plain);
        Assert.All(plain, p => Assert.Contains(p.GetProperty("categoryId").GetInt64(), leafIds));
        Assert.All(plain, p => Assert.False(p.TryGetProperty("inventories", out _)));
        Assert.All(withStock, p => Assert.Equal(1002, Assert.Single(p.GetProperty("inventories").EnumerateArray().ToList()).GetProperty("branchId").GetInt64()));
        Assert.All(withStock, p => Assert.NotEqual(0, p.GetProperty("priceBooks").GetArrayLength()));
    }

    [Fact]
    public async Task Product_reads_by_id_and_code_agree()
    {
        using var client = await sandbox.FreshClientAsync();
        var first = Rows(await client.GetJsonAsync("products?pageSize=1"))[0];

        var byId = await client.GetJsonAsync($"products/{first.GetProperty("id").GetInt64()}");
        var byCode = await client.GetJsonAsync($"products/code/{first.GetProperty("code").GetString()}");

        Assert.Equal(byId.GetProperty("name").GetString(), byCode.GetProperty("name").GetString());
        Assert.Equal(3, byCode.GetProperty("inventories").GetArrayLength());
    }
}
