using System.Management.Automation;
using Xunit;

namespace KiotViet.PowerShell.Tests;

/// <summary>
/// Export-Csv writes every property of the first object, turning each value into text with ToString().
/// No cell may come out as a type name such as System.Object[] or KiotViet.InvoiceLine.
/// </summary>
public sealed class CsvFriendlinessTests : IClassFixture<SandboxSession>
{
    private readonly SandboxSession shop;

    public CsvFriendlinessTests(SandboxSession shop)
    {
        this.shop = shop;
        shop.Reset();
    }

    [Theory]
    [InlineData("Get-KvCustomer -First 30 -IncludeTotals -IncludeGroups")]
    [InlineData("Get-KvCustomerGroup")]
    [InlineData("Get-KvInvoice -First 30 -IncludePayment -IncludeDelivery")]
    [InlineData("Get-KvInvoice -First 30 -ExpandLines")]
    [InlineData("Get-KvConnection")]
    [InlineData("Get-KvBranch")]
    [InlineData("Get-KvCategory")]
    [InlineData("Get-KvProduct -First 10 -IncludeInventory -IncludePriceBook")]
    [InlineData("Get-KvOrder -First 10")]
    [InlineData("Get-KvCustomer -First 3 | Find-KvCustomer")]
    [InlineData("""ConvertFrom-KvWebhook -Body '{"Id":"d1","Attempt":1,"Notifications":[{"Action":"customer.update.1","Data":[{"Id":5,"Code":"KH5","Name":"Hòa"}]},{"Action":"customer.delete.1","Data":[7,8]}]}'""")]
    [InlineData("Get-KvCustomer -ModifiedSince 2000-01-01 -IncludeRemoved -First 1; $c = Get-KvCustomer -First 1; Remove-KvCustomer $c.Id -Confirm:$false; Get-KvCustomer -ModifiedSince 2000-01-01 -IncludeRemoved | Where-Object Removed")]
    public void Every_cell_is_readable_text(string script)
    {
        var objects = shop.Shell.Run(script).ShouldSucceed().Output;

        Assert.NotEmpty(objects);
        foreach (var item in objects)
        {
            foreach (var property in item.Properties)
            {
                var value = property.Value;
                var cell = value?.ToString() ?? "";
                Assert.False(cell.StartsWith("System.", StringComparison.Ordinal) || cell.StartsWith("KiotViet.", StringComparison.Ordinal) || cell == value?.GetType().FullName,
                    $"{item.TypeNames[0]}.{property.Name} exports as '{cell}'");
            }
        }
    }

    [Fact]
    public void Nested_lines_and_payments_read_as_summaries()
    {
        var invoice = shop.Shell.Run("Get-KvInvoice -First 50 -IncludePayment").ShouldSucceed().Output
            .First(o => (int)o.Properties["LineCount"].Value > 0);

        var lines = invoice.Properties["Lines"].Value.ToString();
        Assert.Contains(" x", lines);
    }
}
