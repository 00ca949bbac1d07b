using System.Management.Automation;
using Xunit;

namespace KiotViet.PowerShell.Tests;

public sealed class GetKvCustomerTests : IClassFixture<SandboxSession>
{
    private readonly SandboxSession shop;

    public GetKvCustomerTests(SandboxSession shop)
    {
        this.shop = shop;
        shop.Reset();
    }

    [Fact]
    public void Returns_exactly_the_seeded_customers_as_typed_objects()
    {
        var result = shop.Shell.Run("Get-KvCustomer").ShouldSucceed();

        Assert.Equal(shop.Controls.CustomerCount, result.Output.Count);
        Assert.All(result.Output, o => Assert.Equal("KiotViet.Customer", o.TypeNames[0]));
        var ids = result.Output.Select(o => (long)o.Properties["Id"].Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Contains(result.Output, o => ((string)o.Properties["Name"].Value).Any(c => c > 127));
    }

    [Fact]
    public void First_five_makes_one_small_request()
    {
        var result = shop.Shell.Run("Get-KvCustomer -First 5").ShouldSucceed();

        Assert.Equal(5, result.Output.Count);
        var lists = shop.Controls.Requests.Where(r => r.Method == "GET" && r.Path == "/customers").ToList();
        var request = Assert.Single(lists);
        Assert.Contains("pageSize=5", request.QueryString);
    }

    [Fact]
    public void Skip_and_first_push_down_into_the_offset()
    {
        var all = shop.Shell.Run("Get-KvCustomer").ShouldSucceed().Output.Select(Id).ToList();
        shop.Controls.ResetCounters();

        var page = shop.Shell.Run("Get-KvCustomer -Skip 10 -First 3").ShouldSucceed().Output.Select(Id).ToList();

        Assert.Equal(all.Skip(10).Take(3), page);
        Assert.Contains("currentItem=10", Assert.Single(shop.Controls.Requests, r => r.Path == "/customers").QueryString);
    }

    [Fact]
    public void By_code_and_by_id_return_the_customer_and_a_missing_one_is_a_non_terminating_error()
    {
        var first = shop.Shell.Run("Get-KvCustomer -First 1").ShouldSucceed().Output.Single();
        var code = (string)first.Properties["Code"].Value;

        var result = shop.Shell.Run($"Get-KvCustomer -Code '{code}', 'KH-NOPE'; Get-KvCustomer -Id {Id(first)}; 'after'");

        Assert.Null(result.Terminating);
        Assert.Equal(3, result.Output.Count);
        Assert.Equal("after", result.Output[2].ToString());
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("KiotVietNotFound,", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal("KH-NOPE", error.TargetObject);
    }

    [Fact]
    public void Name_filter_is_sent_and_applied()
    {
        var result = shop.Shell.Run("Get-KvCustomer -Name 'Nguyễn'").ShouldSucceed();

        Assert.NotEmpty(result.Output);
        Assert.All(result.Output, o => Assert.Contains("Nguyễn", (string)o.Properties["Name"].Value));
    }

    [Fact]
    public void Page_size_above_the_api_maximum_is_refused_before_anything_is_sent()
    {
        var error = shop.Shell.RunCatching("Get-KvCustomer -PageSize 500").Caught;

        Assert.NotNull(error);
        Assert.Contains("100", error!.Exception.Message);
        Assert.Empty(shop.Controls.Requests);
    }

    [Theory]
    [InlineData("Get-KvCustomer -IncludeRemoved")]
    [InlineData("Get-KvProduct -IncludeRemoved")]
    [InlineData("Get-KvBranch -IncludeRemoved")]
    public void Include_removed_needs_modified_since(string script)
    {
        var error = shop.Shell.RunCatching(script).Caught;

        Assert.StartsWith("KiotVietIncludeRemovedNeedsModifiedSince,", error?.FullyQualifiedErrorId);
        Assert.Empty(shop.Controls.Requests);
    }

    [Fact]
    public void Deleted_customers_come_back_as_removal_records_after_the_changed_ones()
    {
        var since = DateTime.Now.AddMinutes(-1).ToString("o");
        var victim = Id(shop.Shell.Run("Get-KvCustomer -First 1").ShouldSucceed().Output.Single());
        shop.Shell.Run($"Remove-KvCustomer -Id {victim} -Confirm:$false").ShouldSucceed();

        var result = shop.Shell.Run($"Get-KvCustomer -ModifiedSince '{since}' -IncludeRemoved").ShouldSucceed();

        var removal = Assert.Single(result.Output, o => o.TypeNames[0] == "KiotViet.RemovedRecord");
        Assert.Equal(victim, (long)removal.Properties["Id"].Value);
        Assert.Equal("Customer", removal.Properties["EntityType"].Value);
        Assert.Same(removal, result.Output.Last());
    }

    private static long Id(PSObject o) => (long)o.Properties["Id"].Value;
}
