using System.Diagnostics;
using Xunit.Abstractions;

namespace KiotViet.Sandbox.Tests;

public sealed class ScaleTests
{
    private readonly ITestOutputHelper output;

    public ScaleTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public async Task A_shop_of_100k_customers_and_100k_invoices_starts_and_pages_to_the_end()
    {
        var watch = Stopwatch.StartNew();
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { CustomerCount = 100_000, InvoiceCount = 100_000 });
        output.WriteLine($"Seeded 100,000 customers and 100,000 invoices in {watch.ElapsedMilliseconds} ms");
        using var client = await ApiClient.ConnectAsync(server);

        watch.Restart();
        var last = await client.GetJsonAsync("customers?pageSize=100&currentItem=99950");
        var invoices = await client.GetJsonAsync("invoices?pageSize=100&currentItem=99990&status=1");
        var filtered = await client.GetJsonAsync("customers?name=Nguy%E1%BB%85n&pageSize=100&orderBy=name");
        output.WriteLine($"Deep page, filtered invoice page and sorted filter in {watch.ElapsedMilliseconds} ms");

        Assert.Equal(100_000, last.GetProperty("total").GetInt32());
        Assert.Equal(50, last.GetProperty("data").GetArrayLength());
        Assert.InRange(invoices.GetProperty("total").GetInt32(), 70_000, 90_000);
        Assert.InRange(filtered.GetProperty("total").GetInt32(), 1, 99_999);
        Assert.Equal(100_000, server.Controls.CustomerCount);
    }
}
