using System.Management.Automation;
using Xunit;

namespace KiotViet.PowerShell.Tests;

public sealed class MatchingTests : IClassFixture<SandboxSession>
{
    private const string Leads = """
        $leads = @(
            [pscustomobject]@{ Name = 'Lead Một'; Phone = '+84 977 100 001'; Email = 'mot@lead.vn' }
            [pscustomobject]@{ Name = 'Lead Hai'; Phone = '0977.100.002'; Email = '' }
            [pscustomobject]@{ Name = 'Lead Hai Lặp'; Phone = '84977100002'; Email = '' }
        )
        """;

    private readonly SandboxSession shop;

    public MatchingTests(SandboxSession shop)
    {
        this.shop = shop;
        shop.Reset();
    }

    [Fact]
    public void Importing_the_same_leads_twice_with_SkipExisting_creates_nothing_the_second_time()
    {
        var first = shop.Shell.Run(Leads + "\n$leads | New-KvCustomer -SkipExisting").ShouldSucceed();
        var postsAfterFirst = shop.Controls.RequestCount("POST", "/customers");
        var second = shop.Shell.Run(Leads + "\n$leads | New-KvCustomer -SkipExisting -Verbose").ShouldSucceed();

        Assert.Equal(2, first.Output.Count); // the third row is the second one's phone in another notation
        Assert.Equal(2, postsAfterFirst);
        Assert.Empty(second.Output);
        Assert.Equal(2, shop.Controls.RequestCount("POST", "/customers"));
        Assert.Equal(3, second.Verbose.Count(v => v.StartsWith("Skipped", StringComparison.Ordinal)));
    }

    [Fact]
    public void Find_prefers_email_over_phone_and_normalizes_phone_notations()
    {
        shop.Shell.Run("""
            New-KvCustomer -Name 'Cũ' -Phone '0966111222'
            New-KvCustomer -Name 'Mới' -Phone '0966111333' -Email 'moi@crm.vn'
            """).ShouldSucceed();

        var byPhone = shop.Shell.Run("Find-KvCustomer -ContactNumber '+84 966 111 222'").ShouldSucceed().Output.Single();
        var emailWins = shop.Shell.Run("Find-KvCustomer -ContactNumber '0966111222' -Email 'MOI@crm.vn'").ShouldSucceed().Output.Single();
        var none = shop.Shell.Run("Find-KvCustomer -ContactNumber '0900000009'").ShouldSucceed().Output;

        Assert.Equal("Cũ", byPhone.Properties["Name"].Value);
        Assert.Equal("Mới", emailWins.Properties["Name"].Value);
        Assert.Empty(none);
    }

    [Fact]
    public void Among_several_phone_matches_the_earliest_created_wins()
    {
        shop.Shell.Run("""
            New-KvCustomer -Name 'Đầu Tiên' -Phone '0933444555'
            New-KvCustomer -Name 'Thứ Hai' -Phone '0933 444 555'
            """).ShouldSucceed();

        var match = shop.Shell.Run("Find-KvCustomer -Phone '84933444555'").ShouldSucceed().Output.Single();

        Assert.Equal("Đầu Tiên", match.Properties["Name"].Value);
    }
}
