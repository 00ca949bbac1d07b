using System.Management.Automation;
using Xunit;

namespace KiotViet.PowerShell.Tests;

public sealed class CompletionTests : IClassFixture<SandboxSession>
{
    private readonly SandboxSession shop;

    public CompletionTests(SandboxSession shop)
    {
        this.shop = shop;
        shop.Reset();
    }

    [Theory]
    [InlineData("Get-KvCustomer -GroupId ", "/customers/group")]
    [InlineData("Get-KvInvoice -BranchId ", "/branches")]
    [InlineData("Get-KvProduct -CategoryId ", "/categories")]
    [InlineData("Get-KvPriceBookDetail -PriceBookId ", "/pricebooks")]
    [InlineData("Get-KvVoucher -CampaignId ", "/vouchercampaign")]
    [InlineData("Get-KvStock -BranchId ", "/branches")]
    public void Ids_complete_with_names_and_a_second_tab_costs_no_request(string line, string listPath)
    {
        var first = Complete(line);
        var requestsAfterFirst = shop.Controls.RequestCount("GET", listPath);
        var second = Complete(line);

        Assert.NotEmpty(first);
        Assert.All(first, c => Assert.True(long.TryParse(c.CompletionText, out _)));
        Assert.All(first, c => Assert.False(string.IsNullOrWhiteSpace(c.ToolTip)));
        Assert.Equal(first.Select(c => c.CompletionText), second.Select(c => c.CompletionText));
        Assert.Equal(1, requestsAfterFirst);
        Assert.Equal(1, shop.Controls.RequestCount("GET", listPath));
    }

    [Fact]
    public void Enumerations_complete_without_a_connection()
    {
        using var shell = new PowerShellSession();
        var script = "Get-KvInvoice -Status ";
        var result = shell.Run($"(TabExpansion2 -inputScript '{script}' -cursorColumn {script.Length}).CompletionMatches.CompletionText").ShouldSucceed();

        Assert.Equal(new[] { "Cancelled", "Completed", "InProgress", "Undeliverable" }, result.Output.Select(o => o.ToString()).Order());
    }

    private List<CompletionResult> Complete(string line) =>
        shop.Shell.Run($"(TabExpansion2 -inputScript '{line}' -cursorColumn {line.Length}).CompletionMatches").ShouldSucceed()
            .Output.Select(o => (CompletionResult)o.BaseObject).ToList();
}
