using Xunit;

namespace KiotViet.PowerShell.Tests;

public sealed class ModuleImportTests
{
    [Fact]
    public void Staged_module_imports_and_exports_exactly_the_manifest_cmdlets()
    {
        using var session = new PowerShellSession();
        var exported = session.Run("(Get-Command -Module KiotViet).Name").ShouldSucceed().Output.Select(o => o.ToString()).Order().ToList();
        var declared = session.Run($"(Test-ModuleManifest '{PowerShellSession.ModuleManifestPath}').ExportedCmdlets.Keys").ShouldSucceed().Output.Select(o => o.ToString()).Order().ToList();

        Assert.Equal(declared, exported);
        Assert.Contains("Get-KvCustomer", exported);
    }

    [Fact]
    public void Engine_loads_in_a_private_load_context_with_its_own_dependencies()
    {
        using var session = new PowerShellSession();
        var result = session.Run("""
            $type = (Get-Command Get-KvCustomer).OutputType[0].Type
            [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($type.Assembly).Name
            """).ShouldSucceed();

        Assert.Equal("KiotViet", result.Output.Single().ToString());
    }
}
