using System.Management.Automation;
using Xunit;

namespace KiotViet.PowerShell.Tests;

public sealed class ProductWriteTests : IClassFixture<SandboxSession>
{
    // A real CSV file, as a shop exports it: natural column names, empty cells, a category by path and by name.
    private const string CsvFile = """
        $csv = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "kv-products-$([guid]::NewGuid()).csv")
        @'
        Code,Name,Category,BasePrice,Unit,Barcode,OnHand,BranchId,Note
        TX100,Trà xanh túi lọc,Đồ uống > Trà > Trà xanh,32000,hộp,8930000000100,40,1001,
        ,Trà ô long đặc biệt,Trà ô long,55000,gói,,,,no code
        TX102,Trà sai nhóm,Không có nhóm này,10000,hộp,,,,bad category
        TX103,Trà thiếu chi nhánh,Trà xanh,10000,hộp,,5,,stock without branch
        '@ | Set-Content -LiteralPath $csv -Encoding utf8
        """;

    private readonly SandboxSession shop;

    public ProductWriteTests(SandboxSession shop)
    {
        this.shop = shop;
        shop.Reset();
    }

    [Fact]
    public void Csv_rows_create_products_with_category_stock_and_generated_codes_and_bad_rows_are_refused_with_the_row_as_target()
    {
        var before = shop.Controls.Products.Select(p => p.Id).ToHashSet();

        var result = shop.Shell.Run(CsvFile + "\ntry { Import-Csv -LiteralPath $csv | New-KvProduct } finally { Remove-Item -LiteralPath $csv }");

        Assert.Null(result.Terminating);
        Assert.Equal(2, result.Output.Count);
        Assert.Equal(2, shop.Controls.RequestCount("POST", "/products"));
        var created = shop.Controls.Products.Where(p => !before.Contains(p.Id)).ToList();
        Assert.Equal(2, created.Count);

        var tea = Assert.Single(created, p => p.Code == "TX100");
        Assert.Equal(300006, tea.CategoryId); // Đồ uống > Trà > Trà xanh
        Assert.Equal(32000m, tea.BasePrice);
        Assert.Equal("8930000000100", tea.Barcode);
        Assert.Equal(40m, tea.OnHand[1001]);
        var oolong = Assert.Single(created, p => p.Name == "Trà ô long đặc biệt");
        Assert.StartsWith("SP", oolong.Code);
        Assert.Equal(300007, oolong.CategoryId);
        Assert.Equal(oolong.Code, result.Output[1].Properties["Code"].Value);

        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.StartsWith("KiotVietInvalidProduct,", e.FullyQualifiedErrorId));
        Assert.Equal(new[] { "bad category", "stock without branch" }, result.Errors.Select(e => (string)((PSObject)e.TargetObject).Properties["Note"].Value));
        Assert.Contains("Không có nhóm này", result.Errors[0].Exception.Message);
        Assert.Contains("BranchId", result.Errors[1].Exception.Message);
    }

    [Fact]
    public void A_code_already_taken_is_refused_with_KiotViets_message_and_the_next_row_goes_on()
    {
        var result = shop.Shell.Run("""
            @([pscustomobject]@{ Code = 'SP000001'; Name = 'Trùng mã' }, [pscustomobject]@{ Code = 'NEW001'; Name = 'Mới' }) |
                New-KvProduct -InformationVariable run
            $global:summary = ($run | Where-Object { $_.Tags -contains 'KiotViet.Summary' }).MessageData.ToString()
            """);

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("KiotVietValidation,", error.FullyQualifiedErrorId);
        Assert.Contains("SP000001 đã tồn tại", error.ToString());
        Assert.Equal("NEW001", Assert.Single(result.Output).Properties["Code"].Value);
        Assert.Contains("1 created", (string)shop.Shell.Runspace.SessionStateProxy.GetVariable("summary"));
    }

    [Fact]
    public void WhatIf_sends_no_write()
    {
        var result = shop.Shell.Run(CsvFile + """

            try { Import-Csv -LiteralPath $csv | New-KvProduct -WhatIf } finally { Remove-Item -LiteralPath $csv }
            Get-KvProduct -First 2 | Set-KvProduct -BasePrice 1000 -WhatIf
            Set-KvProduct -Code SP000003 -Unit 'thùng' -WhatIf
            Get-KvProduct -First 2 | Remove-KvProduct -WhatIf
            Remove-KvProduct -Id 5000001 -WhatIf
            """);

        Assert.Null(result.Terminating);
        Assert.Equal(0, shop.Controls.RequestCount("POST", "/products"));
        Assert.Equal(0, shop.Controls.RequestCount("PUT", "/products"));
        Assert.Equal(0, shop.Controls.RequestCount("DELETE", "/products"));
    }

    [Fact]
    public void Piped_products_bind_to_set_and_only_the_price_named_on_the_command_line_changes()
    {
        var before = shop.Controls.Products.Take(3).ToList();

        var result = shop.Shell.Run("Get-KvProduct -First 3 | Set-KvProduct -BasePrice 12345 -PassThru").ShouldSucceed();

        Assert.Equal(3, result.Output.Count);
        Assert.Equal(3, shop.Controls.RequestCount("PUT", "/products/"));
        var after = shop.Controls.Products.ToDictionary(p => p.Id);
        Assert.All(before, b =>
        {
            var now = after[b.Id];
            Assert.Equal(12345m, now.BasePrice);
            Assert.Equal((b.Code, b.Name, b.CategoryId, b.Unit), (now.Code, now.Name, now.CategoryId, now.Unit));
            Assert.Equal(b.OnHand, now.OnHand);
        });
    }

    [Fact]
    public void A_csv_of_codes_and_prices_reprices_those_products_and_an_unknown_code_is_a_row_error()
    {
        var result = shop.Shell.Run("""
            @'
            ProductCode,Price
            SP000001,21000
            SP000002,46000
            NOPE,1
            '@ | ConvertFrom-Csv | Set-KvProduct -PassThru
            """);

        Assert.Equal(new[] { 21000m, 46000m }, result.Output.Select(o => (decimal)o.Properties["BasePrice"].Value));
        var products = shop.Controls.Products.ToDictionary(p => p.Code);
        Assert.Equal(21000m, products["SP000001"].BasePrice);
        Assert.Equal(46000m, products["SP000002"].BasePrice);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("KiotVietNotFound,", error.FullyQualifiedErrorId);
        Assert.Equal("NOPE", ((PSObject)error.TargetObject).Properties["ProductCode"].Value);
        Assert.Equal(2, shop.Controls.RequestCount("PUT", "/products/"));
    }

    [Fact]
    public void Remove_deletes_piped_products_and_reports_an_unknown_id_as_not_found()
    {
        var targets = shop.Controls.Products.Take(2).Select(p => p.Id).ToList();

        var result = shop.Shell.Run($"{targets[0]}, {targets[1]}, 999 | Remove-KvProduct -Confirm:$false");

        Assert.DoesNotContain(shop.Controls.Products, p => targets.Contains(p.Id));
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("KiotVietNotFound,", error.FullyQualifiedErrorId);
        Assert.Equal(999L, Convert.ToInt64(PSObject.AsPSObject(error.TargetObject).BaseObject));
    }

    [Fact]
    public async Task A_shop_that_wraps_product_answers_in_data_gives_the_same_products()
    {
        var wrapping = new SandboxSession(new KiotViet.Sandbox.SandboxOptions { CustomerCount = 1, InvoiceCount = 0, OrderCount = 0, WrapProductAnswers = true });
        await wrapping.InitializeAsync();
        ScriptResult result;
        try
        {
            result = wrapping.Shell.Run("New-KvProduct -Name 'Nước mắm cá cơm' -Code NM01 -Category 'Nước mắm' -BasePrice 60000 | Set-KvProduct -Unit chai -PassThru").ShouldSucceed();
        }
        finally
        {
            await wrapping.DisposeAsync();
        }

        var product = Assert.Single(result.Output);
        Assert.Equal(("NM01", "chai", 60000m), ((string)product.Properties["Code"].Value, (string)product.Properties["Unit"].Value, (decimal)product.Properties["BasePrice"].Value));
        Assert.True((long)product.Properties["Id"].Value > 0);
    }
}
