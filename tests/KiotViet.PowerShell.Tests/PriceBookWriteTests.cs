using System.Diagnostics;
using System.Management.Automation;
using KiotViet.Sandbox;
using Xunit;
using Xunit.Abstractions;

namespace KiotViet.PowerShell.Tests;

public sealed class PriceBookWriteTests : IClassFixture<SandboxSession>
{
    private const long Wholesale = 400001;

    private readonly SandboxSession shop;

    public PriceBookWriteTests(SandboxSession shop)
    {
        this.shop = shop;
        shop.Reset();
    }

    [Fact]
    public void Csv_rows_by_price_book_name_and_product_code_set_prices_Get_KvPriceBookDetail_shows_and_bad_rows_are_refused_with_the_row()
    {
        var result = shop.Shell.Run("""
            $csv = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "kv-prices-$([guid]::NewGuid()).csv")
            @'
            PriceBook,ProductCode,Price,Note
            Giá sỉ,SP000001,19000,
            giá khuyến mãi tết,SP000002,25000,
            Giá sỉ,SP000003,-1,negative
            Bảng giá không có,SP000004,1000,unknown book
            Giá sỉ,NOPE,1000,unknown code
            Giá sỉ,SP000005,,no price
            '@ | Set-Content -LiteralPath $csv -Encoding utf8
            try { Import-Csv -LiteralPath $csv | Set-KvPriceBookDetail -PassThru } finally { Remove-Item -LiteralPath $csv }
            """);

        Assert.Null(result.Terminating);
        Assert.Equal(2, shop.Controls.RequestCount("POST", "/pricebooks/detail"));
        Assert.Equal(new[] { ("SP000001", Wholesale, 19000m), ("SP000002", 400002L, 25000m) }, result.Output.Select(o => ((string)o.Properties["ProductCode"].Value, (long)o.Properties["PriceBookId"].Value, (decimal)o.Properties["Price"].Value)));
        Assert.Equal(4, result.Errors.Count);
        var byNote = result.Errors.ToDictionary(e => (string)((PSObject)e.TargetObject).Properties["Note"].Value);
        Assert.StartsWith("KiotVietInvalidPrice,", byNote["negative"].FullyQualifiedErrorId);
        Assert.StartsWith("KiotVietPriceBookNotFound,", byNote["unknown book"].FullyQualifiedErrorId);
        Assert.Contains("'Giá sỉ' (400001)", byNote["unknown book"].Exception.Message);
        Assert.StartsWith("KiotVietNotFound,", byNote["unknown code"].FullyQualifiedErrorId);
        Assert.StartsWith("KiotVietInvalidPrice,", byNote["no price"].FullyQualifiedErrorId); // an empty cell is no price, not 0

        var shown = shop.Shell.Run("Get-KvPriceBookDetail -PriceBookId 400001 | Where-Object ProductCode -eq 'SP000001'").ShouldSucceed();
        Assert.Equal(19000m, (decimal)Assert.Single(shown.Output).Properties["Price"].Value);
        var tet = shop.Shell.Run("Get-KvPriceBookDetail -PriceBookId 400002 | Where-Object ProductCode -eq 'SP000002'").ShouldSucceed();
        Assert.Equal(25000m, (decimal)Assert.Single(tet.Output).Properties["Price"].Value); // added: SP000002 was not in the Tết book
    }

    [Fact]
    public void Piped_prices_with_a_script_block_reprice_the_whole_book_without_reading_any_product()
    {
        var before = shop.Shell.Run("Get-KvPriceBookDetail -PriceBookId 400001").ShouldSucceed().Output
            .ToDictionary(o => (long)o.Properties["Id"].Value, o => (decimal)o.Properties["Price"].Value);
        shop.Controls.ResetCounters();

        var result = shop.Shell.Run("Get-KvPriceBookDetail -PriceBookId 400001 | Set-KvPriceBookDetail -Price { $_.Price + 1000 } -PassThru").ShouldSucceed();

        Assert.Equal(before.Count, result.Output.Count);
        Assert.Equal(before.Count, shop.Controls.RequestCount("POST", "/pricebooks/detail"));
        Assert.Equal(0, shop.Controls.RequestCount("GET", "/products"));
        Assert.All(result.Output, o => Assert.NotNull(o.Properties["ProductCode"].Value));
        var after = shop.Shell.Run("Get-KvPriceBookDetail -PriceBookId 400001").ShouldSucceed().Output
            .ToDictionary(o => (long)o.Properties["Id"].Value, o => (decimal)o.Properties["Price"].Value);
        Assert.All(before, b => Assert.Equal(b.Value + 1000m, after[b.Key]));
    }

    [Fact]
    public void A_price_book_KiotViet_does_not_have_is_refused_with_its_message_and_the_next_row_goes_on()
    {
        var result = shop.Shell.Run("""
            @([pscustomobject]@{ PriceBookId = 999; ProductId = 5000001; Price = 1 }, [pscustomobject]@{ PriceBookId = 0; ProductId = 5000001; Price = 4321 }) |
                Set-KvPriceBookDetail -PassThru
            """);

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("KiotVietValidation,", error.FullyQualifiedErrorId);
        Assert.Contains("Bảng giá không tồn tại", error.ToString());
        Assert.Single(result.Output);
        Assert.Equal(4321m, shop.Controls.Products.Single(p => p.Id == 5000001).BasePrice); // book 0: the base price
    }

    [Fact]
    public void WhatIf_sends_no_price_and_names_the_product_and_the_book()
    {
        var result = shop.Shell.Run("""
            Set-KvPriceBookDetail -PriceBook 'Giá sỉ' -ProductCode SP000001 -Price 19500 -WhatIf
            Get-KvPriceBookDetail -PriceBookId 400001 -First 3 | Set-KvPriceBookDetail -Price 1 -WhatIf
            """);

        Assert.Null(result.Terminating);
        Assert.Empty(result.Errors);
        Assert.Equal(0, shop.Controls.RequestCount("POST", "/pricebooks/detail"));
    }
}

/// <summary>A whole price book repriced under the fault mix: every price ends set, each lost answer read back or resent.</summary>
public sealed class PriceBookFaultRunTests : FaultRunTests
{
    public PriceBookFaultRunTests(ITestOutputHelper output)
        : base(new SandboxOptions { CustomerCount = 10, InvoiceCount = 10, OrderCount = 5 }, output)
    {
    }

    [Fact]
    public void Repricing_both_price_books_three_times_under_faults_sets_every_price_and_reports_each_row_once()
    {
        Shop.Controls.SetFaultMix(SandboxFaultMix.Typical(20261214) with { RetryAfterSeconds = 0 });
        var watch = Stopwatch.StartNew();
        var run = BulkRun.Of(Shop.Shell, """
            $rows = foreach ($round in 1..3) { foreach ($book in 400001, 400002) { Get-KvPriceBookDetail -PriceBookId $book | ForEach-Object { [pscustomobject]@{ PriceBookId = $book; ProductId = $_.Id; Price = 1000 * $round + $_.Id % 1000 } } } }
            $global:kvRows = $rows.Count
            $rows | Set-KvPriceBookDetail -PassThru -InformationVariable kvInfo -Verbose
            """);
        watch.Stop();
        run.Report(Output, "price book reprice", Shop.Controls.FaultsInjectedByMix, watch.Elapsed);

        var rows = (int)Shop.Shell.Runspace.SessionStateProxy.GetVariable("kvRows");
        Assert.Null(run.Result.Terminating);
        Assert.Empty(run.Result.Errors);
        Assert.Equal(rows, run.Summary.Written);
        Assert.Equal(rows, run.Result.Output.Count);
        Shop.Controls.ClearFaults();
        foreach (var book in new[] { 400001, 400002 })
        {
            var prices = Shop.Shell.Run($"Get-KvPriceBookDetail -PriceBookId {book}").ShouldSucceed().Output;
            Assert.All(prices, p => Assert.Equal(3000m + (long)p.Properties["Id"].Value % 1000, (decimal)p.Properties["Price"].Value));
        }

        Assert.True(run.ReconciledAsApplied > 0, "No lost answer of a price that was set was read back.");
        Assert.True(run.ResentAsNotApplied > 0, "No price lost before it was set was sent again.");
    }
}
