using System.Management.Automation;
using Xunit;

namespace KiotViet.PowerShell.Tests;

/// <summary>Set-KvCustomer and Set-KvProduct -Clear empty fields on purpose; an empty value or CSV cell never does.</summary>
public sealed class ClearFieldTests : IClassFixture<SandboxSession>
{
    private readonly SandboxSession shop;

    public ClearFieldTests(SandboxSession shop)
    {
        this.shop = shop;
        shop.Reset();
    }

    [Fact]
    public void Clear_empties_the_named_fields_and_groups_and_clearing_again_sends_nothing()
    {
        var id = shop.Controls.Customers.First(c => !string.IsNullOrEmpty(c.Email)).Id;
        var grouped = shop.Shell.Run($"Set-KvCustomer -Id {id} -Group (Get-KvCustomerGroup | Select-Object -First 1).Name -PassThru").ShouldSucceed().Output.Single();
        Assert.False(string.IsNullOrEmpty((string?)grouped.Properties["Groups"].Value));
        shop.Controls.ResetCounters();

        var result = shop.Shell.Run($$"""
            Set-KvCustomer -Id {{id}} -Clear Email, Groups -PassThru
            Set-KvCustomer -Id {{id}} -Clear email -InformationVariable kvInfo
            ($kvInfo | Where-Object { $_.Tags -contains 'KiotViet.Summary' }).MessageData.ToString()
            """).ShouldSucceed();

        var updated = result.Output[0];
        Assert.True(string.IsNullOrEmpty((string?)updated.Properties["Email"].Value));
        Assert.True(string.IsNullOrEmpty((string?)updated.Properties["Groups"].Value));
        Assert.Contains("1 unchanged", result.Output[1].ToString());
        Assert.Equal(1, shop.Controls.RequestCount("PUT", "/customers"));
        Assert.True(string.IsNullOrEmpty(shop.Controls.Customers.Single(c => c.Id == id).Email));
    }

    [Fact]
    public void An_empty_cell_never_clears_and_a_field_both_given_and_cleared_is_refused_before_sending()
    {
        var customer = shop.Controls.Customers.First(c => !string.IsNullOrEmpty(c.Email));
        shop.Controls.ResetCounters();

        var result = shop.Shell.Run($$"""
            [pscustomobject]@{ Id = {{customer.Id}}; Email = '' } | Set-KvCustomer
            Set-KvCustomer -Id {{customer.Id}} -Email 'moi@example.vn' -Clear Email
            """);

        Assert.Equal(2, result.Errors.Count);
        Assert.Contains("Nothing to change", result.Errors[0].Exception.Message);
        Assert.Contains("-Clear Email and a value for it were both given", result.Errors[1].Exception.Message);
        Assert.Equal(0, shop.Controls.RequestCount("PUT", "/customers"));
        Assert.Equal(customer.Email, shop.Controls.Customers.Single(c => c.Id == customer.Id).Email);
    }

    [Fact]
    public void Set_KvProduct_Clear_empties_a_products_description_and_barcode_and_an_empty_cell_does_not()
    {
        var code = shop.Shell.Run("""
            $product = Get-KvProduct -First 1
            Set-KvProduct -Code $product.Code -Description 'Hàng nhập khẩu' -Barcode 8934567000019 | Out-Null
            $product.Code
            """).ShouldSucceed().Output.Single().ToString();
        shop.Controls.ResetCounters();

        var result = shop.Shell.Run($$"""
            [pscustomobject]@{ Code = '{{code}}'; Description = ''; Barcode = '' } | Set-KvProduct
            Set-KvProduct -Code {{code}} -Description 'Mới' -Clear Description
            Set-KvProduct -Code {{code}} -Clear Description, barcode -PassThru | ForEach-Object { "[$($_.Description)][$($_.Barcode)]" }
            Set-KvProduct -Code {{code}} -Clear Description -InformationVariable kvInfo
            ($kvInfo | Where-Object { $_.Tags -contains 'KiotViet.Summary' }).MessageData.ToString()
            (Get-KvProduct -Code {{code}}) | ForEach-Object { "[$($_.Description)][$($_.Barcode)]" }
            """);

        Assert.Equal(2, result.Errors.Count);
        Assert.Contains("Nothing to change", result.Errors[0].Exception.Message);
        Assert.Contains("-Clear Description and a value for it were both given", result.Errors[1].Exception.Message);
        Assert.Equal("[][]", result.Output[0].ToString());
        Assert.Contains("1 unchanged", result.Output[1].ToString());
        Assert.Equal("[][]", result.Output[2].ToString());
        Assert.Equal(1, shop.Controls.RequestCount("PUT", "/products"));
    }
}
