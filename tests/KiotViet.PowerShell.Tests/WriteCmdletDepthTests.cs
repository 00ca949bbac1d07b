using Xunit;

namespace KiotViet.PowerShell.Tests;

/// <summary>Every write cmdlet sits at most 4 of our classes deep: KvCmdlet, KvWriteCmdlet, a resource's base, the command.</summary>
public sealed class WriteCmdletDepthTests : IClassFixture<SandboxSession>
{
    private readonly SandboxSession shop;

    public WriteCmdletDepthTests(SandboxSession shop) => this.shop = shop;

    [Fact]
    public void No_write_cmdlet_is_more_than_four_of_the_modules_classes_deep()
    {
        var result = shop.Shell.Run("""
            Get-Command -Module KiotViet -CommandType Cmdlet | Where-Object Verb -in 'New', 'Set', 'Remove', 'Enable', 'Disable', 'Publish', 'Use' | ForEach-Object {
                $depth = 0
                for ($type = $_.ImplementingType; $type -and $type.Namespace -like 'KiotViet*'; $type = $type.BaseType) { $depth++ }
                if ($depth -gt 4) { "$($_.Name): $depth" }
            }
            """).ShouldSucceed();

        Assert.Empty(result.Output.Select(o => o.ToString()));
    }
}
