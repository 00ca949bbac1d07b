using System.Management.Automation;
using Xunit;

namespace KiotViet.PowerShell.Tests;

/// <summary>
/// A sale line that gives no Price (POST /invoices and /orders require one) is priced at the product's base price and
/// says so, instead of selling at 0; a product that cannot be read refuses the row; a Price given, even 0, is kept.
/// </summary>
public sealed class SaleLinePriceTests : IClassFixture<SandboxSession>
{
    private readonly SandboxSession shop;

    public SaleLinePriceTests(SandboxSession shop)
    {
        this.shop = shop;
        shop.Reset();
    }

    [Fact]
    public void A_line_without_a_price_sells_at_the_products_base_price_and_says_so()
    {
        var product = shop.Controls.Products.Single(p => p.Code == "SP000002");
        var other = shop.Controls.Products.Single(p => p.Code == "SP000003");

        var result = shop.Shell.Run($$"""
            $branch = Get-KvBranch | Select-Object -First 1
            New-KvInvoice -BranchId $branch.Id -Line @{ ProductCode = 'SP000002'; Quantity = 2 }, @{ ProductId = {{other.Id}}; Quantity = 1; Price = 0 } -Verbose
            """).ShouldSucceed();

        var invoice = Assert.Single(result.Output);
        Assert.Equal(2 * product.BasePrice, (decimal)invoice.Properties["Total"].Value);
        Assert.Contains(result.Verbose, v => v == $"Line 1: no Price given; SP000002 {product.Name} at its base price {product.BasePrice.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture)}.");
        Assert.DoesNotContain(result.Verbose, v => v.StartsWith("Line 2: no Price given", StringComparison.Ordinal));
    }

    [Fact]
    public void An_order_line_named_by_id_without_a_price_is_priced_the_same_way()
    {
        var product = shop.Controls.Products.Single(p => p.Code == "SP000002");

        var result = shop.Shell.Run($$"""
            $branch = Get-KvBranch | Select-Object -First 1
            New-KvOrder -BranchId $branch.Id -Line @{ ProductId = {{product.Id}}; Quantity = 3 }
            """).ShouldSucceed();

        Assert.Equal(3 * product.BasePrice, (decimal)Assert.Single(result.Output).Properties["Total"].Value);
    }

    [Fact]
    public void A_line_without_a_price_whose_product_cannot_be_read_refuses_the_row_before_sending()
    {
        shop.Controls.ResetCounters();

        var result = shop.Shell.Run("""
            $branch = Get-KvBranch | Select-Object -First 1
            New-KvInvoice -BranchId $branch.Id -Line @{ ProductCode = 'SP_KHONG_CO'; Quantity = 1 }
            """);

        var error = Assert.Single(result.Errors);
        Assert.Contains("Line 1 gives no Price", error.Exception.Message);
        Assert.Equal(0, shop.Controls.RequestCount("POST", "/invoices"));
    }
}
