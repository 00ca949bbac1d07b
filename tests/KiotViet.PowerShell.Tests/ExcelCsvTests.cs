using Xunit;

namespace KiotViet.PowerShell.Tests;

/// <summary>
/// Files shaped the way Excel saves them (UTF-8 with a byte-order mark, CRLF, quotes only where needed, numbers and
/// dates as the regional settings write them, phones that lost their leading zero), imported in a shell running in
/// vi-VN, en-US or the invariant culture: every value is stored as meant or the row is refused naming it.
/// </summary>
public sealed class ExcelCsvTests : IClassFixture<SandboxSession>
{
    private readonly SandboxSession shop;

    public ExcelCsvTests(SandboxSession shop)
    {
        this.shop = shop;
        shop.Reset();
    }

    private ScriptResult Import(string culture, string csv, string command, string delimiter = ",")
    {
        var path = Path.Combine(Path.GetTempPath(), $"kv-excel-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, csv.Replace("\n", "\r\n"), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        try
        {
            return shop.Shell.Run($$"""
                [cultureinfo]::CurrentCulture = [cultureinfo]::GetCultureInfo('{{culture}}')
                try { Import-Csv -Path '{{path}}' -Delimiter '{{delimiter}}' | {{command}} } finally { [cultureinfo]::CurrentCulture = [cultureinfo]::InvariantCulture }
                """);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private string FirstProductCode() => shop.Shell.Run("(Get-KvProduct -First 1).Code").ShouldSucceed().Output.Single().ToString();

    [Theory]
    [InlineData(";")]
    [InlineData(",")]
    public void Vietnamese_excel_numbers_are_read_as_vi_VN_writes_them(string delimiter)
    {
        var code = FirstProductCode();
        var csv = delimiter == ";"
            ? $"Code;BasePrice;Weight\n{code};15.000;1,5\n"
            : $"Code,BasePrice,Weight\n{code},15.000,\"1,5\"\n";

        var result = Import("vi-VN", csv, "Set-KvProduct -PassThru", delimiter).ShouldSucceed();

        Assert.Equal(15000m, result.Output.Single().Properties["BasePrice"].Value);
        // PUT /products/{id} (2.4.4) answers no weight: the product as read back shows what was written.
        var product = shop.Shell.Run($"Get-KvProduct -Code '{code}'").ShouldSucceed().Output.Single();
        Assert.Equal(15000m, product.Properties["BasePrice"].Value);
        Assert.Equal(1.5m, product.Properties["Weight"].Value);
    }

    [Theory]
    [InlineData("", "15,000")]
    [InlineData("en-US", "15,000")]
    public void A_vietnamese_amount_in_an_invariant_or_en_US_runbook_is_refused_naming_both_readings(string culture, string thousands)
    {
        var code = FirstProductCode();
        var before = shop.Shell.Run($"(Get-KvProduct -Code {code}).BasePrice").ShouldSucceed().Output.Single().BaseObject;

        var result = Import(culture, $"Code,BasePrice\n{code},15.000\n", "Set-KvProduct");

        var error = Assert.Single(result.Errors);
        Assert.Contains($"could mean 15 or {thousands}", error.ToString());
        Assert.Contains("BasePrice", error.ToString());
        Assert.Equal(code, ((System.Management.Automation.PSObject)error.TargetObject).Properties["Code"].Value);
        Assert.Equal(before, shop.Shell.Run($"(Get-KvProduct -Code {code}).BasePrice").ShouldSucceed().Output.Single().BaseObject);
    }

    [Theory]
    [InlineData("vi-VN", "05/06/1990", 6, 5)]
    [InlineData("vi-VN", "05/06/1990 00:00", 6, 5)]
    [InlineData("en-US", "5/6/1990", 5, 6)]
    [InlineData("en-US", "5/6/1990 0:00", 5, 6)]
    [InlineData("", "05/06/1990", 5, 6)]
    [InlineData("", "1990-05-06", 5, 6)]
    public void A_birth_date_means_the_day_the_culture_writes_with_or_without_its_time(string culture, string cell, int month, int day)
    {
        var result = Import(culture, $"Name,Birthday\nLê Thị Hoa,{cell}\n", "New-KvCustomer").ShouldSucceed();

        var customer = result.Output.Single();
        Assert.Equal(new DateTime(1990, month, day), customer.Properties["BirthDate"].Value);
    }

    [Fact]
    public void A_phone_that_lost_its_leading_zero_is_restored_with_a_warning_naming_the_row()
    {
        var result = Import("vi-VN", "Name,Phone\nNguyễn Văn Bình,356011840\n", "New-KvCustomer").ShouldSucceed();

        Assert.Equal("0356011840", result.Output.Single().Properties["ContactNumber"].Value);
        var warning = Assert.Single(result.Warnings);
        Assert.Contains("Nguyễn Văn Bình", warning);
        Assert.Contains("356011840", warning);
        Assert.Contains("0356011840", warning);
    }
}
