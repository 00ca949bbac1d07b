using System.Text.Json;
using System.Text.RegularExpressions;

namespace KiotViet.Sandbox.Tests;

public sealed class SeedDataTests : IClassFixture<SandboxFixture>
{
    private readonly SandboxFixture sandbox;

    public SeedDataTests(SandboxFixture sandbox) => this.sandbox = sandbox;

    private static async Task<List<JsonElement>> AllCustomersAsync(ApiClient client)
    {
        var rows = new List<JsonElement>();
        for (var offset = 0; offset < 250; offset += 100)
        {
            rows.AddRange((await client.GetJsonAsync($"customers?pageSize=100&currentItem={offset}")).GetProperty("data").EnumerateArray());
        }

        return rows;
    }

    [Fact]
    public async Task Customers_look_Vietnamese_with_real_phone_numbers_and_irregular_long_ids()
    {
        using var client = await sandbox.FreshClientAsync();

        var rows = await AllCustomersAsync(client);

        Assert.All(rows, r => Assert.Matches(new Regex("^0\\d{9}$"), r.GetProperty("contactNumber").GetString()!));
        Assert.Contains(rows, r => Regex.IsMatch(r.GetProperty("name").GetString()!, "[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĐ]"));
        Assert.Contains(rows, r => r.TryGetProperty("email", out _));
        Assert.Contains(rows, r => !r.TryGetProperty("email", out _));
        Assert.Contains(rows, r => r.GetProperty("locationName").GetString()!.StartsWith("Hồ Chí Minh - ", StringComparison.Ordinal));
        Assert.Equal("KH000001", rows[0].GetProperty("code").GetString());
        var ids = rows.Select(r => r.GetProperty("id").GetInt64()).ToList();
        Assert.True(ids[0] > 1_000_000);
        Assert.True(ids.Zip(ids.Skip(1), (a, b) => b - a).Distinct().Count() > 1);
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_shop_and_another_seed_a_different_one()
    {
        using var client = await sandbox.FreshClientAsync();
        await using var twin = await SandboxServer.StartAsync();
        await using var other = await SandboxServer.StartAsync(new SandboxOptions { Seed = 2 });
        using var twinClient = await ApiClient.ConnectAsync(twin);
        using var otherClient = await ApiClient.ConnectAsync(other);

        var names = Names(await client.GetJsonAsync("customers?pageSize=50"));

        Assert.Equal(names, Names(await twinClient.GetJsonAsync("customers?pageSize=50")));
        Assert.NotEqual(names, Names(await otherClient.GetJsonAsync("customers?pageSize=50")));
    }

    private static List<string> Names(JsonElement page) => page.GetProperty("data").EnumerateArray().Select(r => r.GetProperty("name").GetString()!).ToList();
}
