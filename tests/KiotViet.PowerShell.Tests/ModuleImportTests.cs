using Xunit;

namespace KiotViet.PowerShell.Tests;

public sealed class ModuleImportTests : IClassFixture<SandboxSession>
{
    private readonly SandboxSession shop;

    public ModuleImportTests(SandboxSession shop) => this.shop = shop;

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
    public void Own_assemblies_load_in_the_default_context_and_microsoft_extensions_in_the_private_one()
    {
        using var session = new PowerShellSession();
        shop.SetConnectionVariables(session);
        var result = session.Run(SandboxSession.ConnectScript + """

            $null = Get-KvCustomer -First 1
            $engine = (Get-Command Get-KvCustomer).OutputType[0].Type.Assembly
            $cmdlets = (Get-Command Get-KvCustomer).ImplementingType.Assembly
            $private = [System.Runtime.Loader.AssemblyLoadContext]::All | Where-Object Name -eq 'KiotViet'
            [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($engine).Name
            [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($cmdlets).Name
            @($private.Assemblies.GetName().Name | Sort-Object) -join ','
            Disconnect-KiotViet
            """).ShouldSucceed();

        Assert.Equal("Default", result.Output[0].ToString());
        Assert.Equal("Default", result.Output[1].ToString());
        var privateAssemblies = result.Output[2].ToString().Split(',');
        Assert.Contains("KiotViet.Caching", privateAssemblies);
        Assert.Contains("Microsoft.Extensions.Caching.Memory", privateAssemblies);
        Assert.All(privateAssemblies, name => Assert.True(name == "KiotViet.Caching" || name.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal), name));
    }

    [Fact]
    public void Scripts_can_name_every_public_type_of_the_module_with_a_type_literal()
    {
        using var session = new PowerShellSession();
        var result = session.Run("""
            $assemblies = (Get-Command Get-KvCustomer).OutputType[0].Type.Assembly, (Get-Command Get-KvCustomer).ImplementingType.Assembly
            $types = $assemblies.GetExportedTypes() | Where-Object { -not $_.IsGenericTypeDefinition }
            foreach ($type in $types) {
                $name = $type.FullName
                try {
                    $resolved = & ([scriptblock]::Create("[$name]"))
                    if ($resolved -ne $type) { "$name resolves to $resolved" }
                } catch {
                    "$name does not resolve: $($_.Exception.Message)"
                }
            }
            "checked=$(@($types).Count)"
            """).ShouldSucceed();

        var lines = result.Output.Select(o => o.ToString()).ToList();
        Assert.StartsWith("checked=", lines[^1]);
        Assert.True(int.Parse(lines[^1]["checked=".Length..]) > 30, lines[^1]);
        Assert.Empty(lines.SkipLast(1));

        var literal = session.Run("[KiotViet.Customer].FullName; [KiotViet.RemovedRecord].FullName").ShouldSucceed();
        Assert.Equal(["KiotViet.Customer", "KiotViet.RemovedRecord"], literal.Output.Select(o => o.ToString()));
    }

    [Fact]
    public void Remove_Module_unhooks_the_resolve_handler_and_importing_again_hooks_it_again()
    {
        using var session = new PowerShellSession();
        const string Hooked = "[KiotViet.Commands.Infrastructure.ModuleAssemblyLoader]::IsRegistered";
        var result = session.Run($"""
            $loader = [KiotViet.Commands.Infrastructure.ModuleAssemblyLoader]
            $loader::IsRegistered
            Remove-Module KiotViet
            $loader::IsRegistered
            @(Get-Module KiotViet).Count
            Import-Module '{PowerShellSession.ModuleManifestPath}' -ErrorAction Stop
            {Hooked}
            (Get-Command Get-KvCustomer).Name
            """).ShouldSucceed();

        Assert.Equal(["True", "False", "0", "True", "Get-KvCustomer"], result.Output.Select(o => o.ToString()));
    }

    [Fact]
    public void A_second_copy_imported_in_the_same_session_keeps_the_loaded_assemblies_and_says_so()
    {
        var copy = Path.Combine(Path.GetTempPath(), $"kv-copy-{Guid.NewGuid():N}", "KiotViet");
        CopyFolder(PowerShellSession.ModuleFolder, copy);
        try
        {
            using var session = new PowerShellSession();
            var result = session.Run($"Import-Module '{Path.Combine(copy, "KiotViet.psd1")}' -Force; (Get-Command Get-KvCustomer).Name").ShouldSucceed();

            Assert.Equal("Get-KvCustomer", result.Output.Single().ToString());
            Assert.Contains(result.Warnings, w => w.Contains("already loaded KiotViet's assemblies", StringComparison.Ordinal) && w.Contains(copy, StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(copy)!, recursive: true);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
