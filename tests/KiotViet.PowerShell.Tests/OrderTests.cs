using Xunit;

namespace KiotViet.PowerShell.Tests;

public sealed class OrderTests : IClassFixture<SandboxSession>
{
    private readonly SandboxSession shop;

    public OrderTests(SandboxSession shop)
    {
        this.shop = shop;
        shop.Reset();
    }

    [Fact]
    public void Retail_order_is_created_once_as_a_draft_and_lines_are_checked_before_sending()
    {
        var result = shop.Shell.Run("""
            $product = Get-KvProduct -First 1
            $branch = @(Get-KvBranch)[0]
            Get-KvCustomer -First 1 | New-KvOrder -BranchId $branch.Id -Line @{ ProductCode = $product.Code; Quantity = 1; Price = 120000 }
            New-KvOrder -BranchId $branch.Id -Line @{ ProductCode = $product.Code; Quantity = 0; Price = 1 }
            New-KvOrder -BranchId $branch.Id -Line @{ Quantity = 1; Price = 1 } -WhatIf
            """);

        var order = Assert.Single(result.Output);
        Assert.Equal("Phiếu tạm", order.Properties["StatusValue"].Value);
        Assert.Equal(1, shop.Controls.RequestCount("POST", "/orders"));
        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.StartsWith("KiotVietInvalidOrder,", e.FullyQualifiedErrorId));
    }

    [Fact]
    public void Orders_list_and_read_by_code()
    {
        var first = shop.Shell.Run("Get-KvOrder -First 1").ShouldSucceed().Output.Single();
        var code = first.Properties["Code"].Value;

        var byCode = shop.Shell.Run($"Get-KvOrder -Code '{code}'").ShouldSucceed().Output.Single();

        Assert.Equal(first.Properties["Id"].Value, byCode.Properties["Id"].Value);
    }

    [Fact]
    public void Categories_flatten_with_paths_and_products_filter_by_piped_category()
    {
        var result = shop.Shell.Run("""
            $leaf = @(Get-KvCategory | Where-Object { $_.Depth -gt 0 -and $_.Children.Count -eq 0 })[0]
            $leaf.Path
            @($leaf | Get-KvProduct -IncludeInventory) | ForEach-Object { $_.CategoryId -eq $leaf.Id -and $null -ne $_.TotalOnHand }
            """).ShouldSucceed();

        Assert.Contains(" > ", result.Output[0].ToString());
        Assert.All(result.Output.Skip(1), o => Assert.True((bool)o.BaseObject));
    }
}
