using Xunit;

namespace KiotViet.PowerShell.Tests;

public sealed class FnbEditionTests : IClassFixture<SandboxSession>
{
    private const string ConnectFnb = """
        Connect-KiotViet -Edition FnB -Retailer $kvRetailer -ClientId $kvClientId `
            -ClientSecret (New-SecureText $kvSecret) -ApiBaseUri $kvFnbApi -TokenUri $kvFnbToken
        """;

    private readonly SandboxSession shop;
    private readonly PowerShellSession shell = new();

    public FnbEditionTests(SandboxSession shop)
    {
        this.shop = shop;
        shop.Reset();
        shop.SetConnectionVariables(shell);
        shell.Runspace.SessionStateProxy.SetVariable("kvFnbApi", shop.Sandbox.FnbBaseUri.ToString());
        shell.Runspace.SessionStateProxy.SetVariable("kvFnbToken", shop.Sandbox.FnbTokenUri.ToString());
        shell.Runspace.SessionStateProxy.SetVariable("kvBranchId", shop.Shell.Run("@(Get-KvBranch)[0].Id").ShouldSucceed().Output.Single().BaseObject);
    }

    [Fact]
    public void Connects_with_the_fnb_scope_and_reads_customers_and_the_catalog()
    {
        var result = shell.Run(ConnectFnb + """

            (Get-KvConnection).Edition
            @(Get-KvCustomer -First 5).Count
            @(Get-KvCategory).Count -gt 0
            @(Get-KvProduct -First 3).Count
            """).ShouldSucceed();

        Assert.Equal("FnB", result.Output[0].ToString());
        Assert.Equal(5, (int)result.Output[1].BaseObject);
        Assert.True((bool)result.Output[2].BaseObject);
        Assert.Equal(3, (int)result.Output[3].BaseObject);
        Assert.Contains(shop.Controls.Requests, r => r.Path.StartsWith("/fnb/customers", StringComparison.Ordinal));
    }

    [Fact]
    public void New_order_creates_by_uuid_and_returns_the_order_read_back()
    {
        var result = shell.Run(ConnectFnb + """

            $product = Get-KvProduct -First 1
            $order = New-KvOrder -BranchId $kvBranchId -Line @{ ProductId = $product.Id; Quantity = 2; Price = 30000 } -Description 'Bàn 5'
            $order.Uuid
            (Get-KvOrder -Uuid $order.Uuid).Uuid
            """).ShouldSucceed();

        var uuid = result.Output[0].ToString();
        Assert.True(Guid.TryParse(uuid, out _), uuid);
        Assert.Equal(uuid, result.Output[1].ToString());
        Assert.Equal(1, shop.Controls.RequestCount("POST", "/fnb/orders/create"));
    }

    [Fact]
    public void An_order_saved_whose_uuid_answer_was_lost_is_found_and_returned_with_its_uuid()
    {
        shop.Controls.InjectFault(KiotViet.Sandbox.SandboxFault.DropAfterCommit("POST", "/fnb/orders/create"));

        var result = shell.Run(ConnectFnb + """

            $product = Get-KvProduct -First 1
            $order = New-KvOrder -BranchId $kvBranchId -Line @{ ProductId = $product.Id; Quantity = 4; Price = 30000 }
            $order.Uuid
            (Get-KvOrder -Uuid $order.Uuid).Id -eq $order.Id
            """).ShouldSucceed();

        Assert.True(Guid.TryParse(result.Output[0].ToString(), out _), result.Output[0].ToString());
        Assert.True((bool)result.Output[1].BaseObject);
        Assert.Equal(1, shop.Controls.RequestCount("POST", "/fnb/orders/create"));
    }

    [Fact]
    public void A_retail_token_is_refused_on_fnb_paths()
    {
        var result = shell.RunCatching("""
            Connect-KiotViet -Edition FnB -Retailer $kvRetailer -ClientId $kvClientId `
                -ClientSecret (New-SecureText $kvSecret) -ApiBaseUri $kvFnbApi -TokenUri $kvToken -Scope PublicApi.Access
            """);

        Assert.Equal(System.Management.Automation.ErrorCategory.AuthenticationError, result.Caught?.CategoryInfo.Category);
    }
}
