using System.Management.Automation;
using Xunit;

namespace KiotViet.PowerShell.Tests;

/// <summary>
/// One vocabulary across the cmdlets: -First/-Skip on every listing (counted over what a -Name filter lets through),
/// order statuses by name, removes by the keys their Get- takes and with -PassThru, and a customer object that carries
/// only its Code resolved instead of read as customer 0.
/// </summary>
public sealed class OneVocabularyTests : IClassFixture<SandboxSession>
{
    private readonly SandboxSession shop;

    public OneVocabularyTests(SandboxSession shop)
    {
        this.shop = shop;
        shop.Reset();
    }

    [Theory]
    [InlineData("Get-KvBranch")]
    [InlineData("Get-KvUser")]
    [InlineData("Get-KvBankAccount")]
    [InlineData("Get-KvCustomerGroup")]
    [InlineData("Get-KvSaleChannel")]
    [InlineData("Get-KvTrademark")]
    [InlineData("Get-KvSurcharge")]
    [InlineData("Get-KvCategory")]
    [InlineData("Get-KvSupplier")]
    [InlineData("Get-KvProductAttribute")]
    public void Every_listing_takes_First_and_Skip_as_a_window_of_the_whole_list(string listing)
    {
        var all = shop.Shell.Run($"{listing} | ForEach-Object Id").ShouldSucceed().Output.Select(o => o?.ToString()).ToList();
        var window = shop.Shell.Run($"{listing} -Skip 1 -First 2 | ForEach-Object Id").ShouldSucceed().Output.Select(o => o?.ToString()).ToList();
        Assert.True(all.Count >= 3, $"{listing} has {all.Count} items in the sandbox: too few to tell a window");
        Assert.Equal(all.Skip(1).Take(2), window);
    }

    [Fact]
    public void First_counts_the_items_a_Name_filter_lets_through_not_the_rows_read()
    {
        var names = shop.Shell.Run("Get-KvCustomerGroup | ForEach-Object Name").ShouldSucceed().Output.Select(o => o.ToString()).ToList();
        var last = names[^1];

        var branches = shop.Shell.Run("@(Get-KvBranch).Count").ShouldSucceed().Output.Single().BaseObject;
        var result = shop.Shell.Run($"Get-KvCustomerGroup -Name '{last}' -First 1; Get-KvBranch -Name '*' -Skip 1 -First 1 -IncludeTotalCount").ShouldSucceed();

        Assert.Equal(3, result.Output.Count);
        Assert.Equal(last, result.Output[0].Properties["Name"].Value);
        Assert.Equal(Convert.ToUInt64(branches), (ulong)result.Output[2].BaseObject);
    }

    [Fact]
    public void Get_KvOrder_takes_statuses_by_name_Vietnamese_name_or_number_and_refuses_an_unknown_name_before_sending()
    {
        shop.Controls.ResetCounters();

        var result = shop.Shell.Run("Get-KvOrder -Status Draft -First 1; Get-KvOrder -Status 'Đã hủy', 3 -First 1").ShouldSucceed();
        var refused = shop.Shell.RunCatching("Get-KvOrder -Status Pending");

        var queries = shop.Controls.Requests.Where(r => r.Method == "GET" && r.Path == "/orders").Select(r => Uri.UnescapeDataString(r.QueryString)).ToList();
        Assert.Contains(queries, q => q.Contains("status=1") && !q.Contains("status=4"));
        Assert.Contains(queries, q => q.Contains("status=4,3"));
        Assert.NotNull(refused.Caught);
        Assert.Contains("'Pending' is not an order status. Use Draft, Completed or Cancelled", refused.Caught!.ToString());
        Assert.Equal(2, shop.Controls.RequestCount("GET", "/orders"));
    }

    [Fact]
    public void Removes_take_codes_from_a_csv_and_PassThru_writes_what_was_removed()
    {
        var customers = shop.Controls.Customers.Take(2).ToList();

        var result = shop.Shell.Run("""
            $csv = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "kv-remove-$([guid]::NewGuid()).csv")
            $kvCodes | ForEach-Object { [pscustomobject]@{ Code = $_ } } | Export-Csv -Path $csv -NoTypeInformation
            try { Import-Csv -Path $csv | Remove-KvCustomer -Confirm:$false -PassThru }
            finally { Remove-Item -LiteralPath $csv }
            """, new Dictionary<string, object?> { ["kvCodes"] = new[] { customers[0].Code, "KH_KHONG_CO", customers[1].Code } });

        Assert.Equal(customers.Select(c => c.Id), result.Output.Select(o => (long)o.Properties["Id"].Value));
        Assert.All(result.Output, o => Assert.Equal("Customer", o.Properties["EntityType"].Value));
        var missing = Assert.Single(result.Errors);
        Assert.Equal("KH_KHONG_CO", ((PSObject)missing.TargetObject).Properties["Code"].Value);
        Assert.DoesNotContain(shop.Controls.Customers, c => customers.Any(d => d.Id == c.Id));
    }

    [Fact]
    public void Remove_by_code_with_WhatIf_reads_the_record_and_sends_no_delete()
    {
        var product = shop.Controls.Products.First();
        shop.Controls.ResetCounters();

        shop.Shell.Run($"Remove-KvProduct -Code {product.Code} -WhatIf").ShouldSucceed();

        Assert.Equal(1, shop.Controls.RequestCount("GET", $"/products/code/{product.Code}"));
        Assert.Equal(0, shop.Controls.RequestCount("DELETE", "/products"));
        Assert.Contains(shop.Controls.Products, p => p.Id == product.Id);
    }

    [Fact]
    public void A_customer_object_carrying_only_its_Code_lists_that_customers_invoices()
    {
        var invoice = shop.Shell.Run("Get-KvInvoice | Where-Object CustomerCode | Select-Object -First 1").ShouldSucceed().Output.Single();
        var code = (string)invoice.Properties["CustomerCode"].Value;
        var customerId = (long)invoice.Properties["CustomerId"].Value;
        shop.Controls.ResetCounters();

        var result = shop.Shell.Run($"[pscustomobject]@{{ Code = '{code}' }} | Get-KvInvoice").ShouldSucceed();
        var neither = shop.Shell.RunCatching("[pscustomobject]@{ Name = 'Lê Văn An' } | Get-KvInvoice");

        Assert.NotEmpty(result.Output);
        Assert.All(result.Output, o => Assert.Equal(customerId, (long)o.Properties["CustomerId"].Value));
        Assert.DoesNotContain(shop.Controls.Requests, r => r.Path == "/invoices" && r.QueryString.Contains("customerIds=0"));
        Assert.NotNull(neither.Caught);
        Assert.Contains("without an Id or a Code", neither.Caught!.ToString());
    }

    [Fact]
    public void A_category_object_without_an_Id_is_refused_instead_of_listing_every_product()
    {
        shop.Controls.ResetCounters();

        var result = shop.Shell.RunCatching("[pscustomobject]@{ CategoryName = 'Cà phê' } | Get-KvProduct");

        Assert.NotNull(result.Caught);
        Assert.Contains("without an Id (Cà phê)", result.Caught!.ToString());
        Assert.Equal(0, shop.Controls.RequestCount("GET", "/products"));
    }
}
