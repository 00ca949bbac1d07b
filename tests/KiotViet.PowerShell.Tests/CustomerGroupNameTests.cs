using System.Management.Automation;
using Xunit;

namespace KiotViet.PowerShell.Tests;

/// <summary>Customer groups given by name, as Get-KvCustomer exports them in its Groups column.</summary>
public sealed class CustomerGroupNameTests : IClassFixture<SandboxSession>
{
    private readonly SandboxSession shop;

    public CustomerGroupNameTests(SandboxSession shop)
    {
        this.shop = shop;
        shop.Reset();
    }

    [Fact]
    public void A_groups_column_of_names_puts_each_new_customer_in_its_groups_reading_the_groups_once()
    {
        var result = shop.Shell.Run("""
            1..12 | ForEach-Object { [pscustomobject]@{ Name = "Khách nhóm $_"; Groups = ('Khách VIP, Khách sỉ', 'khách lẻ', '')[$_ % 3] } } |
                New-KvCustomer -BatchSize 1 | Out-Null
            Get-KvCustomer -IncludeGroups | Where-Object Name -like 'Khách nhóm *' | Sort-Object { [int]($_.Name -replace '\D') } | ForEach-Object Groups
            """).ShouldSucceed();

        var groups = result.Output.Select(o => o?.ToString() ?? "").ToList();
        Assert.Equal(12, groups.Count);
        Assert.Equal("Khách lẻ", groups[0]);               // row 1
        Assert.Equal("", groups[1]);                       // row 2: an empty cell sets no group
        Assert.Equal("Khách VIP, Khách sỉ", groups[2]);    // row 3
        Assert.Equal(1, shop.Controls.RequestCount("GET", "/customers/group"));
    }

    [Fact]
    public void Set_with_group_names_and_ids_puts_the_customer_in_all_of_them()
    {
        var result = shop.Shell.Run("""
            $customer = Get-KvCustomer -First 1
            Set-KvCustomer -Id $customer.Id -Group 'Đại lý' -GroupId 200005
            (Get-KvCustomer -Id $customer.Id).Groups
            """).ShouldSucceed();

        Assert.Equal("Nhân viên, Đại lý", result.Output.Single().ToString()); // the ids first, then the names
    }

    [Fact]
    public void A_group_the_shop_does_not_have_refuses_the_row_before_sending_and_the_import_goes_on()
    {
        var result = shop.Shell.Run("""
            @([pscustomobject]@{ Name = 'Khách A'; Groups = 'Khách VIP' }
              [pscustomobject]@{ Name = 'Khách B'; Groups = 'Khách VIP; Khách quen' }
              [pscustomobject]@{ Name = 'Khách C'; Groups = '' }) | New-KvCustomer
            """);

        Assert.Null(result.Terminating);
        Assert.Equal(new[] { "Khách A", "Khách C" }, result.Output.Select(o => (string)o.Properties["Name"].Value));
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("KiotVietInvalidCustomer,", error.FullyQualifiedErrorId);
        Assert.Contains("there is no customer group 'Khách quen' (the shop's groups: 'Khách VIP', 'Khách sỉ'", error.Exception.Message);
        Assert.Equal("Khách B", ((PSObject)error.TargetObject).Properties["Name"].Value);
        Assert.Equal(2, shop.Controls.RequestCount("POST", "/customers"));
    }
}
