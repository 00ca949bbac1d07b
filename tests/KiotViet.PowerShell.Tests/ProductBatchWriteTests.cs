using System.Management.Automation;
using Xunit;

namespace KiotViet.PowerShell.Tests;

/// <summary>Large New-KvProduct and Set-KvProduct pipelines go through the bulk endpoints; every row keeps its own outcome.</summary>
public sealed class ProductBatchWriteTests : IClassFixture<SandboxSession>
{
    private const string Goods = """
        $rows = 1..$kvCount | ForEach-Object { [pscustomobject]@{ Row = "$_"; Name = "Hàng lô $_"; Code = $(if ($kvTaken -contains $_) { 'SP000001' } else { 'HL{0:D5}' -f $_ }); BasePrice = "$(100 * $_)"; Unit = 'gói' } }
        """;

    private readonly SandboxSession shop;

    public ProductBatchWriteTests(SandboxSession shop)
    {
        this.shop = shop;
        shop.Reset();
    }

    [Fact]
    public void A_250_row_import_is_three_bulk_requests_and_each_row_is_output_in_input_order_with_its_id()
    {
        var result = Import(250).ShouldSucceed();

        Assert.Equal(3, shop.Controls.RequestCount("POST", "/listaddproducts"));
        Assert.Equal(0, shop.Controls.RequestCount("POST", "/products"));
        Assert.Equal(Enumerable.Range(1, 250).Select(n => $"HL{n:D5}"), result.Output.Select(o => (string)o.Properties["Code"].Value));
        var stored = shop.Controls.Products.ToDictionary(p => p.Id);
        Assert.Equal(250, result.Output.Select(o => (long)o.Properties["Id"].Value).Distinct().Count());
        Assert.All(result.Output.Select((o, i) => (o, i)), x => Assert.Equal((100m * (x.i + 1), $"Hàng lô {x.i + 1}"), (stored[(long)x.o.Properties["Id"].Value].BasePrice, stored[(long)x.o.Properties["Id"].Value].Name)));
    }

    [Fact]
    public void A_batch_KiotViet_refuses_is_sent_row_by_row_so_only_the_bad_row_is_refused_with_KiotViets_reason()
    {
        var result = Import(120, taken: 37);

        Assert.Null(result.Terminating);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("KiotVietValidation,", error.FullyQualifiedErrorId);
        Assert.Contains("SP000001 đã tồn tại", error.ToString());
        Assert.Equal("37", ((PSObject)error.TargetObject).Properties["Row"].Value);
        Assert.Equal(Enumerable.Range(1, 120).Where(n => n != 37).Select(n => $"Hàng lô {n}"), result.Output.Select(o => (string)o.Properties["Name"].Value));
        Assert.Equal(2, shop.Controls.RequestCount("POST", "/listaddproducts")); // 100 (refused) + 20
        Assert.Equal(100, shop.Controls.RequestCount("POST", "/products"));     // the refused batch, row by row
        Assert.Equal(119, shop.Controls.Products.Count(p => p.Name.StartsWith("Hàng lô ", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_row_with_a_barcode_is_sent_alone_in_its_place_as_the_bulk_create_does_not_document_barCode()
    {
        var result = shop.Shell.Run(Goods + """

            $rows[4] | Add-Member Barcode '8930000000555'
            $rows | New-KvProduct
            """, new Dictionary<string, object?> { ["kvCount"] = 30, ["kvTaken"] = Array.Empty<int>() }).ShouldSucceed();

        Assert.Equal(Enumerable.Range(1, 30).Select(n => $"HL{n:D5}"), result.Output.Select(o => (string)o.Properties["Code"].Value));
        Assert.Equal("8930000000555", result.Output[4].Properties["Barcode"].Value);
        Assert.Equal(1, shop.Controls.RequestCount("POST", "/products")); // row 5 alone; the rows around it still fill one batch
        Assert.Equal(1, shop.Controls.RequestCount("POST", "/listaddproducts"));
    }

    [Theory]
    [InlineData(9, "")]
    [InlineData(40, "-BatchSize 1")]
    public void A_small_pipeline_or_BatchSize_1_sends_each_row_alone(int rows, string batchSize)
    {
        var result = Import(rows, extra: batchSize).ShouldSucceed();

        Assert.Equal(rows, result.Output.Count);
        Assert.Equal(rows, shop.Controls.RequestCount("POST", "/products"));
        Assert.Equal(0, shop.Controls.RequestCount("POST", "/listaddproducts"));
    }

    [Fact]
    public void A_row_refused_before_sending_is_reported_in_its_place_between_the_rows_sent_together()
    {
        var result = shop.Shell.Run(Goods + """

            $rows[14].BasePrice = '-5'
            $rows | New-KvProduct 2>&1 | ForEach-Object { if ($_ -is [System.Management.Automation.ErrorRecord]) { "refused $($_.TargetObject.Row)" } else { $_.Name } }
            """, new Dictionary<string, object?> { ["kvCount"] = 30, ["kvTaken"] = Array.Empty<int>() });

        Assert.Null(result.Terminating);
        Assert.Equal(Enumerable.Range(1, 30).Select(n => n == 15 ? "refused 15" : $"Hàng lô {n}"), result.Output.Select(o => o.ToString()));
        Assert.Equal(1, shop.Controls.RequestCount("POST", "/listaddproducts")); // the 29 rows sent, one batch: the refused row splits none
        Assert.Equal(0, shop.Controls.RequestCount("POST", "/products"));
    }

    [Fact]
    public void A_large_Set_KvProduct_pipeline_is_bulk_updates_and_PassThru_gives_every_product_in_order()
    {
        Import(150).ShouldSucceed();
        var targets = shop.Controls.Products.Where(p => p.Code.StartsWith("HL", StringComparison.Ordinal)).ToList();

        var result = shop.Shell.Run("""
            $kvIds | ForEach-Object { [pscustomobject]@{ Id = "$_"; Price = "$($_ % 1000)"; Unit = 'thùng' } } | Set-KvProduct -PassThru
            """, new Dictionary<string, object?> { ["kvIds"] = targets.Select(t => t.Id).ToArray() }).ShouldSucceed();

        Assert.Equal(2, shop.Controls.RequestCount("PUT", "/listupdatedproducts"));
        Assert.Equal(0, shop.Controls.RequestCount("PUT", "/products"));
        Assert.Equal(targets.Select(t => t.Id), result.Output.Select(o => (long)o.Properties["Id"].Value));
        var stored = shop.Controls.Products.ToDictionary(p => p.Id);
        Assert.All(targets, t => Assert.Equal((t.Id % 1000m, "thùng", t.Name), (stored[t.Id].BasePrice, stored[t.Id].Unit, stored[t.Id].Name)));
    }

    [Fact]
    public void A_product_changed_twice_in_a_pipeline_gets_both_changes_in_order()
    {
        var target = shop.Controls.Products[0];

        var result = shop.Shell.Run("""
            1..30 | ForEach-Object { [pscustomobject]@{ Id = "$kvId"; Price = "$(1000 * $_)" } } | Set-KvProduct -PassThru
            """, new Dictionary<string, object?> { ["kvId"] = target.Id }).ShouldSucceed();

        Assert.Equal(Enumerable.Range(1, 30).Select(n => 1000m * n), result.Output.Select(o => (decimal)o.Properties["BasePrice"].Value));
        Assert.Equal(30000m, shop.Controls.Products.Single(p => p.Id == target.Id).BasePrice);
    }

    [Fact]
    public void WhatIf_on_a_large_pipeline_sends_nothing()
    {
        var result = shop.Shell.Run(Goods + """

            $rows | New-KvProduct -WhatIf
            Get-KvProduct -First 20 | Set-KvProduct -BasePrice 1 -WhatIf
            """, new Dictionary<string, object?> { ["kvCount"] = 150, ["kvTaken"] = Array.Empty<int>() });

        Assert.Null(result.Terminating);
        Assert.Empty(result.Errors);
        Assert.Equal(0, shop.Controls.RequestCount("POST", "/listaddproducts") + shop.Controls.RequestCount("POST", "/products"));
        Assert.Equal(0, shop.Controls.RequestCount("PUT", "/listupdatedproducts") + shop.Controls.RequestCount("PUT", "/products"));
    }

    private ScriptResult Import(int count, int? taken = null, string extra = "") => shop.Shell.Run(
        Goods + $"\n$rows | New-KvProduct {extra}",
        new Dictionary<string, object?> { ["kvCount"] = count, ["kvTaken"] = taken is { } t ? new[] { t } : Array.Empty<int>() });
}
