using Xunit;

namespace KiotViet.PowerShell.Tests.Conformance;

/// <summary>
/// A value the answer does not carry is shown as unknown, never as 0: KiotViet's product create stopped returning
/// inventories[].onHand in revision 4.3 (the sandbox leaves it out unless ProductCreateAnswersOnHand).
/// </summary>
public sealed class UnknownValueTests : IClassFixture<SandboxSession>
{
    private readonly SandboxSession shop;

    public UnknownValueTests(SandboxSession shop)
    {
        this.shop = shop;
        shop.Reset();
    }

    [Fact]
    public void A_created_products_stock_is_unknown_when_the_answer_leaves_it_out_and_the_stock_read_shows_it()
    {
        var result = shop.Shell.Run("""
            $created = New-KvProduct -Code 'KT0001' -Name 'Kẹo gừng' -BasePrice 15000 -OnHand 40 -BranchId 1001
            $null -eq $created.Inventories[0].OnHand
            $null -eq $created.TotalOnHand
            $created.Inventories.ToString()
            (Get-KvProduct -Code 'KT0001').TotalOnHand
            """).ShouldSucceed();

        Assert.Equal(true, result.Output[0].BaseObject);
        Assert.Equal(true, result.Output[1].BaseObject);
        Assert.EndsWith(": ?", (string)result.Output[2].BaseObject);
        Assert.Equal(40m, result.Output[3].BaseObject);
        Assert.Equal(40m, shop.Controls.Products.Single(p => p.Code == "KT0001").OnHand[1001]);
    }

    [Fact]
    public void A_created_products_stock_is_shown_when_the_answer_carries_it()
    {
        shop.Sandbox.Options.ProductCreateAnswersOnHand = true; // read on every request
        try
        {
            var created = shop.Shell.Run("New-KvProduct -Code 'KT0002' -Name 'Kẹo lạc' -BasePrice 12000 -OnHand 25 -BranchId 1001").ShouldSucceed().Output.Single();

            Assert.Equal(25m, created.Properties["TotalOnHand"].Value);
        }
        finally
        {
            shop.Sandbox.Options.ProductCreateAnswersOnHand = false;
        }
    }
}
