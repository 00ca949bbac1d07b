using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Xunit;

namespace KiotViet.PowerShell.Tests;

public sealed class PackagingTests
{
    private static readonly string Stage = PowerShellSession.ModuleFolder;

    [Fact]
    public void Core_build_never_references_framework_assemblies_newer_than_dotnet_8()
    {
        var ours = new[] { Path.Combine(Stage, "bin", "Core", "KiotViet.PowerShell.dll"), Path.Combine(Stage, "bin", "Core", "KiotViet.Client.dll"), Path.Combine(Stage, "bin", "Core", "Dependencies", "KiotViet.Caching.dll") };

        foreach (var path in ours)
        {
            foreach (var (name, version) in References(path))
            {
                if (name.StartsWith("System", StringComparison.Ordinal) || name is "netstandard" or "mscorlib")
                {
                    Assert.True(version <= new Version(8, 0, 0, 0), $"{Path.GetFileName(path)} references {name} {version}, newer than PowerShell 7.4 (.NET 8) has");
                }
            }
        }

        Assert.False(File.Exists(Path.Combine(Stage, "bin", "Core", "System.Text.Json.dll")));
        Assert.False(File.Exists(Path.Combine(Stage, "bin", "Core", "Dependencies", "System.Text.Json.dll")));
    }

    [Fact]
    public void Microsoft_extensions_ship_only_in_the_private_dependency_folder_on_core()
    {
        Assert.Empty(Directory.GetFiles(Path.Combine(Stage, "bin", "Core"), "Microsoft.Extensions.*.dll"));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(Stage, "bin", "Core", "Dependencies"), "Microsoft.Extensions.Caching.Memory.dll"));
        var manifest = File.ReadAllText(Path.Combine(Stage, "KiotViet.psd1"));
        Assert.DoesNotContain("RequiredAssemblies", manifest);
    }

    [Fact]
    public void The_package_holds_the_manifest_at_its_root_and_both_builds()
    {
        var version = System.Text.RegularExpressions.Regex.Match(File.ReadAllText(Path.Combine(Stage, "KiotViet.psd1")), @"ModuleVersion\s*=\s*'([0-9.]+)'").Groups[1].Value;
        var package = Path.Combine(PowerShellSession.OutRoot, "packages", $"KiotViet.{version}.nupkg");
        Assert.True(File.Exists(package), $"{package} was not built");

        using var zip = ZipFile.OpenRead(package);
        var entries = zip.Entries.Select(e => e.FullName.Replace('\\', '/')).ToList();
        Assert.Contains("KiotViet.psd1", entries);
        Assert.Contains("KiotViet.psm1", entries);
        Assert.Contains("KiotViet.format.ps1xml", entries);
        Assert.Contains("KiotViet.nuspec", entries);
        Assert.Contains("bin/Core/KiotViet.PowerShell.dll", entries);
        Assert.Contains("bin/Core/KiotViet.Client.dll", entries);
        Assert.Contains("bin/Core/Dependencies/KiotViet.Caching.dll", entries);
        Assert.Contains("bin/Desktop/KiotViet.PowerShell.dll", entries);
        Assert.Contains("bin/Desktop/System.Text.Json.dll", entries);
        Assert.DoesNotContain(entries, e => e.EndsWith(".deps.json", StringComparison.Ordinal));

        using var nuspec = new StreamReader(zip.GetEntry("KiotViet.nuspec")!.Open());
        var text = nuspec.ReadToEnd();
        Assert.Contains($"<version>{version}</version>", text);
        Assert.Contains("PSModule", text);
    }

    private static IEnumerable<(string Name, Version Version)> References(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        return reader.AssemblyReferences.Select(h => reader.GetAssemblyReference(h)).Select(r => (reader.GetString(r.Name), r.Version)).ToList();
    }
}
