using KiotViet.Sandbox;
using Xunit;
using Xunit.Abstractions;

namespace KiotViet.PowerShell.Tests;

/// <summary>
/// KiotViet refuses 10–30 % of PUT /listupdatedproducts batches at random with 420 "Danh sách sản phẩm cập nhật rỗng"
/// and writes nothing (recorded on a real shop): the module sends the same batch again, a bounded number of times,
/// before it sends the rows alone.
/// </summary>
public sealed class EmptyProductBatchTests : IClassFixture<SandboxSession>
{
    private const int Resends = 3; // ProductBatchClient.EmptyBatchResends

    private readonly SandboxSession shop;
    private readonly ITestOutputHelper output;

    public EmptyProductBatchTests(SandboxSession shop, ITestOutputHelper output)
    {
        this.shop = shop;
        this.output = output;
        shop.Reset();
    }

    [Fact]
    public void Batches_refused_as_empty_at_a_real_shops_rate_are_sent_again_as_batches_and_every_row_is_updated()
    {
        var ids = Import(500);
        shop.Controls.SetFaultMix(new SandboxFaultMix(20261204) { EmptyProductUpdateBatch = 0.3 });
        var before = shop.Controls.RequestCount("PUT", "/listupdatedproducts");

        var verbose = new List<string>();
        for (var pass = 1; pass <= 4; pass++)
        {
            var result = shop.Shell.Run("""
                $kvIds | ForEach-Object { [pscustomobject]@{ Id = "$_"; Price = "$($_ % 1000 + $kvPass)" } } | Set-KvProduct -Verbose
                """, new Dictionary<string, object?> { ["kvIds"] = ids, ["kvPass"] = pass }).ShouldSucceed();
            verbose.AddRange(result.Verbose);
        }

        var refused = shop.Controls.FaultsInjectedByMix.GetValueOrDefault(nameof(SandboxFaultMix.EmptyProductUpdateBatch));
        var resent = verbose.Count(v => v.Contains("cập nhật rỗng") && v.Contains("sending the batch again"));
        var splitUp = verbose.Count(v => v.StartsWith("KiotViet refused the batch update", StringComparison.Ordinal));
        var batches = shop.Controls.RequestCount("PUT", "/listupdatedproducts") - before;
        var singles = shop.Controls.RequestCount("PUT", "/products/");
        output.WriteLine($"20 batches of 100: {batches} PUT /listupdatedproducts, {refused} refused as empty, {resent} sent again, {splitUp} split into rows ({singles} single PUTs)");

        var stored = shop.Controls.Products.ToDictionary(p => p.Id);
        Assert.All(ids, id => Assert.Equal(id % 1000 + 4, stored[id].BasePrice));
        Assert.True(refused > 0, "No batch was refused.");
        Assert.Equal(refused, resent + splitUp); // every refusal resent, but the last of four in a row
        Assert.Equal(20 + resent, batches);
        Assert.Equal(100 * splitUp, singles);
    }

    [Fact]
    public void A_batch_refused_as_empty_every_time_is_sent_again_three_times_then_row_by_row()
    {
        var ids = Import(30);
        shop.Controls.SetFaultMix(new SandboxFaultMix(1) { EmptyProductUpdateBatch = 1.0 });

        var result = shop.Shell.Run("""
            $kvIds | ForEach-Object { [pscustomobject]@{ Id = "$_"; Price = '777' } } | Set-KvProduct -PassThru -Verbose
            """, new Dictionary<string, object?> { ["kvIds"] = ids }).ShouldSucceed();

        Assert.Equal(1 + Resends, shop.Controls.RequestCount("PUT", "/listupdatedproducts"));
        Assert.Equal(Resends, result.Verbose.Count(v => v.Contains("sending the batch again")));
        Assert.Equal(30, shop.Controls.RequestCount("PUT", "/products/"));
        Assert.Equal(ids, result.Output.Select(o => (long)o.Properties["Id"].Value));
        Assert.All(ids, id => Assert.Equal(777m, shop.Controls.Products.Single(p => p.Id == id).BasePrice));
    }

    private long[] Import(int count)
    {
        shop.Shell.Run($$"""
            1..{{count}} | ForEach-Object { [pscustomobject]@{ Name = "Hàng rỗng $_"; Code = 'HR{0:D5}' -f $_; BasePrice = '100'; Unit = 'gói' } } | New-KvProduct
            """).ShouldSucceed();
        return shop.Controls.Products.Where(p => p.Code.StartsWith("HR", StringComparison.Ordinal)).Select(p => p.Id).Order().ToArray();
    }
}
