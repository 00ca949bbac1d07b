using System.Management.Automation;
using KiotViet.Sandbox;
using Xunit;

namespace KiotViet.PowerShell.Tests;

public sealed class CustomerWriteTests : IClassFixture<SandboxSession>
{
    private const string Rows = """
        $rows = @(
            [pscustomobject]@{ Name = 'Lê Thị Hoa'; Phone = '0901 234 567'; Email = 'hoa@example.vn'; Birthday = '23/11/1990'; Gender = 'Nữ'; Note = '' }
            [pscustomobject]@{ Name = 'Phạm Minh Tuấn'; Phone = '+84 912.345.678'; Email = 'not-an-email'; Birthday = ''; Gender = 'Nam'; Note = 'bad row' }
            [pscustomobject]@{ Name = 'Võ Văn Kiệt'; Phone = '0988-777-666'; Email = ''; Birthday = '1985-02-01'; Gender = ''; Note = 'VIP' }
        )
        """;

    private readonly SandboxSession shop;

    public CustomerWriteTests(SandboxSession shop)
    {
        this.shop = shop;
        shop.Reset();
    }

    [Fact]
    public void Csv_rows_create_customers_and_a_bad_row_is_reported_with_the_row_as_target()
    {
        var before = shop.Controls.CustomerCount;

        var result = shop.Shell.Run(Rows + "\n$rows | New-KvCustomer");

        Assert.Null(result.Terminating);
        Assert.Equal(2, result.Output.Count);
        Assert.Equal(before + 2, shop.Controls.CustomerCount);
        Assert.Equal(2, shop.Controls.RequestCount("POST", "/customers"));
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("KiotVietInvalidCustomer,", error.FullyQualifiedErrorId);
        Assert.Contains("not-an-email", error.Exception.Message);
        Assert.Equal("bad row", ((PSObject)error.TargetObject).Properties["Note"].Value);

        var hoa = result.Output[0];
        Assert.Equal("Lê Thị Hoa", hoa.Properties["Name"].Value);
        Assert.StartsWith("KH", (string)hoa.Properties["Code"].Value);
        Assert.Equal("Female", hoa.Properties["Gender"].Value?.ToString());
        Assert.Equal(new DateTime(1990, 11, 23), ((DateTimeOffset)hoa.Properties["BirthDate"].Value).Date);
        Assert.Equal("VIP", result.Output[1].Properties["Comments"].Value);
    }

    [Fact]
    public void WhatIf_sends_nothing()
    {
        var result = shop.Shell.Run(Rows + """

            $rows | New-KvCustomer -WhatIf
            Get-KvCustomer -First 2 | Set-KvCustomer -Email 'x@y.vn' -WhatIf
            Remove-KvCustomer -Id 1 -WhatIf
            """);

        Assert.Null(result.Terminating);
        Assert.Equal(0, shop.Controls.RequestCount("POST", "/customers"));
        Assert.Equal(0, shop.Controls.RequestCount("PUT", "/customers"));
        Assert.Equal(0, shop.Controls.RequestCount("DELETE", "/customers"));
    }

    [Fact]
    public void Piped_customers_bind_to_set_and_only_the_given_field_changes()
    {
        var original = shop.Shell.Run("Get-KvCustomer -First 1").ShouldSucceed().Output.Single();
        var code = (string)original.Properties["Code"].Value;

        var result = shop.Shell.Run($"Get-KvCustomer -Code '{code}' | Set-KvCustomer -Email 'moi@example.vn' -PassThru").ShouldSucceed();

        var updated = result.Output.Single();
        Assert.Equal("moi@example.vn", updated.Properties["Email"].Value);
        Assert.Equal(original.Properties["Name"].Value, updated.Properties["Name"].Value);
        Assert.Equal(original.Properties["ContactNumber"].Value, updated.Properties["ContactNumber"].Value);
        var put = Assert.Single(shop.Controls.Requests, r => r.Method == "PUT");
        Assert.Equal($"/customers/{original.Properties["Id"].Value}", put.Path);
    }

    [Fact]
    public void Set_without_any_field_is_refused_and_sends_nothing()
    {
        var result = shop.Shell.Run("Get-KvCustomer -First 1 | Set-KvCustomer");

        Assert.StartsWith("KiotVietNoCustomerChanges,", Assert.Single(result.Errors).FullyQualifiedErrorId);
        Assert.Equal(0, shop.Controls.RequestCount("PUT", "/customers"));
    }

    [Fact]
    public void Duplicate_code_is_a_validation_error_with_kiotviet_details_and_the_pipeline_goes_on()
    {
        var code = (string)shop.Shell.Run("Get-KvCustomer -First 1").ShouldSucceed().Output.Single().Properties["Code"].Value;

        var result = shop.Shell.Run($"New-KvCustomer -Name 'Trùng Mã' -Code '{code}'; New-KvCustomer -Name 'Khách Mới'");

        Assert.Null(result.Terminating);
        Assert.Single(result.Output);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("KiotVietValidation,", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidData, error.CategoryInfo.Category);
        Assert.Contains("Code", error.ErrorDetails.Message);
    }

    [Fact]
    public void A_create_is_never_sent_twice_when_the_connection_drops_after_sending()
    {
        shop.Controls.InjectFault(SandboxFault.DropConnection("POST", "/customers", count: 1));

        var error = shop.Shell.RunCatching("New-KvCustomer -Name 'Đỗ Thị Mai' -Phone '0903000111'").Caught;

        Assert.Equal(1, shop.Controls.RequestCount("POST", "/customers"));
        Assert.NotNull(error);
        Assert.Equal(ErrorCategory.ConnectionError, error!.CategoryInfo.Category);
        Assert.Contains("may have saved", error.ErrorDetails.Message);
    }

    [Fact]
    public void Remove_deletes_piped_customers()
    {
        var before = shop.Controls.CustomerCount;

        shop.Shell.Run("Get-KvCustomer -First 2 | Remove-KvCustomer -Confirm:$false").ShouldSucceed();

        Assert.Equal(before - 2, shop.Controls.CustomerCount);
        Assert.Equal(2, shop.Controls.RequestCount("DELETE", "/customers"));
    }
}
