using System.Management.Automation;
using Xunit;

namespace KiotViet.PowerShell.Tests;

public sealed class SafetyTests : IClassFixture<SandboxSession>
{
    private readonly SandboxSession shop;

    public SafetyTests(SandboxSession shop)
    {
        this.shop = shop;
        shop.Reset();
    }

    [Fact]
    public void The_secret_and_tokens_appear_in_no_stream()
    {
        using var shell = new PowerShellSession();
        shop.SetConnectionVariables(shell);

        var result = shell.Run($"""
            $DebugPreference = 'Continue'; $VerbosePreference = 'Continue'
            $c = {SandboxSession.ConnectScript} -PassThru
            $c
            "$c"
            Get-KvCustomer -First 3 -Connection $c
            Get-KvCustomer -Code 'KH-NOPE' -Connection $c
            New-KvCustomer -Name 'X' -Email bad -Connection $c
            """);

        Assert.NotEmpty(result.Verbose);
        Assert.NotEmpty(result.Debug);
        var everything = result.AllText() + string.Join("\n", result.Output.SelectMany(o => o.Properties.Select(p => p.Value?.ToString())));
        Assert.DoesNotContain(shop.Sandbox.Options.ClientSecret, everything);
        foreach (var token in shop.Controls.IssuedTokens)
        {
            Assert.DoesNotContain(token, everything);
        }

        Assert.DoesNotContain("Bearer ", everything);
    }

    [Fact]
    public void Wrong_secret_fails_at_connect_with_an_authentication_error()
    {
        using var shell = new PowerShellSession();
        shop.SetConnectionVariables(shell);

        var error = Assert.IsType<ErrorRecord>(shell.RunCatching("Connect-KiotViet -Retailer $kvRetailer -ClientId $kvClientId -ClientSecret (New-SecureText 'wrong') -ApiBaseUri $kvApi -TokenUri $kvToken").Caught);

        Assert.StartsWith("KiotVietAuthentication,", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.AuthenticationError, error.CategoryInfo.Category);
        Assert.Contains("client secret", error.ErrorDetails.Message);
    }

    [Fact]
    public void Wrong_retailer_fails_at_connect()
    {
        using var shell = new PowerShellSession();
        shop.SetConnectionVariables(shell);

        var error = Assert.IsType<ErrorRecord>(shell.RunCatching("Connect-KiotViet -Retailer 'someoneelse' -ClientId $kvClientId -ClientSecret (New-SecureText $kvSecret) -ApiBaseUri $kvApi -TokenUri $kvToken").Caught);
        Assert.Equal(ErrorCategory.AuthenticationError, error.CategoryInfo.Category);
        Assert.Contains("retailer", error.ErrorDetails.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Plain_http_to_a_remote_host_is_refused_before_anything_is_sent()
    {
        using var shell = new PowerShellSession();

        var error = Assert.IsType<ErrorRecord>(shell.RunCatching("Connect-KiotViet -Retailer shop -ClientId id -ClientSecret (New-SecureText s) -ApiBaseUri http://public.kiotapi.com/").Caught);
        Assert.StartsWith("KiotVietInvalidConnectionSettings,", error.FullyQualifiedErrorId);
        Assert.Contains("HTTPS", error.Exception.Message);
    }

    [Fact]
    public void Cmdlets_without_a_connection_say_how_to_connect()
    {
        using var shell = new PowerShellSession();

        var error = Assert.IsType<ErrorRecord>(shell.RunCatching("Get-KvCustomer").Caught);
        Assert.StartsWith("KiotVietNotConnected,", error.FullyQualifiedErrorId);
        Assert.Contains("Connect-KiotViet", error.Exception.Message);
    }

    [Fact]
    public void Environment_variables_connect_a_runbook_without_prompting()
    {
        using var shell = new PowerShellSession();
        shop.SetConnectionVariables(shell);

        var result = shell.Run("""
            $env:KIOTVIET_RETAILER = $kvRetailer; $env:KIOTVIET_CLIENT_ID = $kvClientId; $env:KIOTVIET_CLIENT_SECRET = $kvSecret
            try {
                Connect-KiotViet -ApiBaseUri $kvApi -TokenUri $kvToken
                (Get-KvConnection).Retailer
                Get-KvCustomer -First 1
            } finally {
                foreach ($name in 'KIOTVIET_RETAILER', 'KIOTVIET_CLIENT_ID', 'KIOTVIET_CLIENT_SECRET') { [Environment]::SetEnvironmentVariable($name, $null) }
            }
            """).ShouldSucceed();

        Assert.Equal(shop.Sandbox.Options.Retailer, result.Output[0].ToString());
        Assert.Equal(2, result.Output.Count);
    }

    [Fact]
    public void A_secretmanagement_secret_name_connects_without_a_hard_dependency()
    {
        using var shell = new PowerShellSession();
        shop.SetConnectionVariables(shell);

        var result = shell.Run("""
            $fake = New-Module -Name Microsoft.PowerShell.SecretManagement -ArgumentList $kvClientId, $kvSecret -ScriptBlock {
                param($id, $secret)
                function Get-Secret { param($Name, $Vault) if ($Name -ne 'KiotVietShop' -or $Vault -ne 'Automation') { throw "No secret '$Name' in '$Vault'." } [pscredential]::new($id, (New-SecureText $secret)) }
            }
            Import-Module $fake
            Connect-KiotViet -Retailer $kvRetailer -SecretName KiotVietShop -Vault Automation -ApiBaseUri $kvApi -TokenUri $kvToken
            @(Get-KvCustomer -First 2).Count
            """).ShouldSucceed();

        Assert.Equal(2, (int)result.Output.Single().BaseObject);
    }

    [Fact]
    public void A_secret_name_without_secretmanagement_says_what_to_install()
    {
        using var shell = new PowerShellSession();

        var error = Assert.IsType<ErrorRecord>(shell.RunCatching("Connect-KiotViet -Retailer shop -SecretName KiotVietShop").Caught);

        Assert.Contains("Microsoft.PowerShell.SecretManagement", error.Exception.Message);
    }
}
