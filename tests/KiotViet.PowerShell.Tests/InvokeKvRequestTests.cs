using System.Management.Automation;
using KiotViet.Sandbox;
using Xunit;

namespace KiotViet.PowerShell.Tests;

public sealed class InvokeKvRequestTests : IClassFixture<SandboxSession>
{
    private readonly SandboxSession shop;

    public InvokeKvRequestTests(SandboxSession shop)
    {
        this.shop = shop;
        shop.Reset();
    }

    [Fact]
    public void A_read_comes_back_as_objects_like_Invoke_RestMethod_gives_them()
    {
        var code = (string)shop.Shell.Run("(Get-KvCustomer -First 1).Code").ShouldSucceed().Output.Single().BaseObject;

        var customer = shop.Shell.Run($"Invoke-KvRequest customers/code/{code}").ShouldSucceed().Output.Single();

        Assert.IsType<PSCustomObject>(customer.BaseObject);
        Assert.Equal(code, customer.Properties["code"].Value);
        Assert.IsType<long>(customer.Properties["id"].Value);
    }

    [Fact]
    public void All_streams_every_row_of_a_listing_and_First_stops_the_requests()
    {
        var all = shop.Shell.Run("Invoke-KvRequest -Path customers -All -PageSize 60").ShouldSucceed().Output;
        var ids = all.Select(o => (long)o.Properties["id"].Value).ToList();
        Assert.Equal(shop.Controls.CustomerCount, ids.Distinct().Count());
        Assert.Equal(ids.Count, ids.Distinct().Count());

        shop.Controls.ResetCounters();
        var five = shop.Shell.Run("Invoke-KvRequest customers -All -First 5").ShouldSucceed().Output;

        Assert.Equal(5, five.Count);
        var request = Assert.Single(shop.Controls.Requests, r => r.Path == "/customers");
        Assert.Contains("pageSize=5", request.QueryString);
    }

    [Fact]
    public void Query_values_are_sent_in_KiotViet_conventions()
    {
        shop.Shell.Run("Invoke-KvRequest invoices -Query @{ status = 1, 2; includePayment = $true; fromPurchaseDate = [datetime]'2026-11-01' } -All -First 1").ShouldSucceed();

        var request = Assert.Single(shop.Controls.Requests, r => r.Path == "/invoices");
        Assert.Contains("status=1%2C2", request.QueryString);
        Assert.Contains("includePayment=true", request.QueryString);
        Assert.Contains("fromPurchaseDate=2026-11-01T00%3A00%3A00", request.QueryString);
    }

    [Fact]
    public void Raw_writes_the_body_text_unparsed()
    {
        var text = (string)shop.Shell.Run("Invoke-KvRequest 'customers/group' -Raw").ShouldSucceed().Output.Single().BaseObject;

        Assert.StartsWith("{", text.TrimStart());
        Assert.Contains("\"data\"", text);
    }

    [Theory]
    [InlineData("https://evil.example.com/customers")]
    [InlineData("//evil.example.com/customers")]
    [InlineData("../../connect/token")]
    [InlineData("customers/%2e%2e/%2e%2e/controls")]
    [InlineData("file:///etc/passwd")]
    public void Other_hosts_and_paths_outside_the_API_are_refused_before_anything_is_sent(string path)
    {
        var result = shop.Shell.Run($"Invoke-KvRequest -Path '{path}'");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("KiotVietInvalidRequest,", error.FullyQualifiedErrorId);
        Assert.Empty(shop.Controls.Requests);
    }

    [Fact]
    public void A_write_sends_the_body_once_and_WhatIf_sends_nothing()
    {
        shop.Shell.Run("Invoke-KvRequest -Method Post -Path customers -Body @{ name = 'Thử Nghiệm WhatIf' } -WhatIf").ShouldSucceed();
        Assert.Equal(0, shop.Controls.RequestCount("POST", "/customers"));

        var created = shop.Shell.Run("""Invoke-KvRequest -Method Post -Path customers -Body '{"name":"Trần Thị Raw","contactNumber":"0987000111"}' -Confirm:$false""").ShouldSucceed().Output.Single();

        Assert.Equal(1, shop.Controls.RequestCount("POST", "/customers"));
        var data = (PSObject)created.Properties["data"].Value;
        Assert.Equal("Trần Thị Raw", data.Properties["name"].Value);
        var found = shop.Shell.Run("Get-KvCustomer -Name 'Trần Thị Raw'").ShouldSucceed().Output;
        Assert.Single(found);
    }

    [Fact]
    public void A_write_whose_answer_is_lost_is_not_sent_again_and_is_reported_as_unknown()
    {
        shop.Controls.InjectFault(SandboxFault.Status(503, "POST", "/customers", count: 1));

        var result = shop.Shell.Run("Invoke-KvRequest -Method Post -Path customers -Body @{ name = 'Lê Văn Mất' } -Confirm:$false");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("KiotVietOutcomeUnknown,", error.FullyQualifiedErrorId);
        Assert.Contains("unknown", error.ErrorDetails.Message);
        Assert.Equal(1, shop.Controls.RequestCount("POST", "/customers"));
    }

    [Fact]
    public void A_read_is_retried_after_a_server_error_and_shows_its_requests_without_the_token()
    {
        shop.Controls.InjectFault(SandboxFault.Status(503, "GET", "/customers", count: 1));

        var result = shop.Shell.Run("Invoke-KvRequest customers -All -First 3 -Verbose").ShouldSucceed();

        Assert.Equal(3, result.Output.Count);
        Assert.Equal(2, shop.Controls.RequestCount("GET", "/customers"));
        Assert.Contains(result.Verbose, v => v.Contains("/customers", StringComparison.Ordinal));
        Assert.DoesNotContain("Bearer ", result.AllText());
    }

    [Fact]
    public void Raw_reads_spend_the_shops_GET_budget_and_writes_do_not()
    {
        var before = (int)shop.Shell.Run("(Get-KvConnection).GetRequestsInLastHour").ShouldSucceed().Output.Single().BaseObject;

        shop.Shell.Run("Invoke-KvRequest settings; Invoke-KvRequest salechannel -All").ShouldSucceed();
        shop.Shell.Run("Invoke-KvRequest -Method Post -Path customers -Body @{ name = 'Ngân Sách' } -Confirm:$false").ShouldSucceed();

        var after = (int)shop.Shell.Run("(Get-KvConnection).GetRequestsInLastHour").ShouldSucceed().Output.Single().BaseObject;
        Assert.Equal(before + 2, after);
    }

    [Fact]
    public void Missing_items_are_the_same_errors_as_for_every_other_cmdlet()
    {
        var result = shop.Shell.Run("Invoke-KvRequest customers/987654321");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("KiotVietNotFound,", error.FullyQualifiedErrorId);
    }
}
