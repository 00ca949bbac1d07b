using Xunit;

namespace KiotViet.PowerShell.Tests;

/// <summary>Select-Object -First stops the pipeline, and with it the paging: no page is fetched that nobody reads.</summary>
public sealed class SelectFirstTests : IClassFixture<SandboxSession>
{
    private readonly SandboxSession shop;

    public SelectFirstTests(SandboxSession shop)
    {
        this.shop = shop;
        shop.Reset();
    }

    /// <summary>
    /// At most the pages the objects need plus the engine's read-ahead (it fetches a page or two ahead, and steps a
    /// little less than a page so rows that shift between pages are not missed): far fewer than the whole listing.
    /// </summary>
    [Theory]
    [InlineData("Get-KvCustomer -PageSize 10 | Select-Object -First 5", "/customers", 3)]
    [InlineData("Get-KvCustomer -PageSize 10 | Select-Object -First 25", "/customers", 7)]
    [InlineData("Get-KvInvoice -PageSize 20 | Select-Object -First 5", "/invoices", 3)]
    public void Select_Object_First_stops_paging_after_the_pages_it_needs(string pipeline, string path, int maxRequests)
    {
        shop.Controls.ResetCounters();

        var output = shop.Shell.Run(pipeline).ShouldSucceed().Output;

        Assert.Equal(int.Parse(pipeline[(pipeline.LastIndexOf(' ') + 1)..]), output.Count);
        Assert.True(shop.Controls.RequestCount("GET", path) <= maxRequests, Requests());
    }

    [Fact]
    public void Without_Select_Object_every_page_is_fetched()
    {
        shop.Controls.ResetCounters();

        var output = shop.Shell.Run("Get-KvCustomer -PageSize 10").ShouldSucceed().Output;

        Assert.Equal(shop.Controls.CustomerCount, output.Count);
        Assert.True(shop.Controls.RequestCount("GET", "/customers") >= shop.Controls.CustomerCount / 10, Requests());
    }

    private string Requests() => string.Join("\n", shop.Controls.Requests.Select(r => $"{r.Method} {r.Path}{r.QueryString} {r.Status}"));
}
