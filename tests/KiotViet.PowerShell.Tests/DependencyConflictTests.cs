using System.Diagnostics;
using Microsoft.Extensions.Caching.Memory;
using Xunit;

namespace KiotViet.PowerShell.Tests;

/// <summary>
/// The module must import and work whatever versions of Microsoft.Extensions.* the session already has.
/// </summary>
public sealed class DependencyConflictTests : IClassFixture<SandboxSession>
{
    private readonly SandboxSession shop;

    public DependencyConflictTests(SandboxSession shop) => this.shop = shop;

    [Fact]
    public void Works_when_the_session_already_loaded_newer_versions()
    {
        // This test process hosts ASP.NET Core (the sandbox), whose Microsoft.Extensions.* are newer than the module's.
        using var hostCache = new MemoryCache(new MemoryCacheOptions());
        var hostVersion = typeof(MemoryCache).Assembly.GetName().Version!;
        using var shell = new PowerShellSession();
        shop.SetConnectionVariables(shell);

        var result = shell.Run(SandboxSession.ConnectScript + """

            @(Get-KvCustomer -First 7).Count
            $private = [System.Runtime.Loader.AssemblyLoadContext]::All | Where-Object Name -eq 'KiotViet'
            ($private.Assemblies | Where-Object { $_.GetName().Name -eq 'Microsoft.Extensions.Caching.Memory' }).GetName().Version
            """).ShouldSucceed();

        Assert.Equal(7, (int)result.Output[0].BaseObject);
        var moduleVersion = (Version)result.Output[1].BaseObject;
        Assert.True(hostVersion > moduleVersion, $"host {hostVersion} should be newer than the module's {moduleVersion}");
    }

    [Fact]
    public void Works_when_the_session_already_loaded_older_versions()
    {
        var host = Path.Combine(AppContext.BaseDirectory.Replace("KiotViet.PowerShell.Tests", "KiotViet.ConflictHost"), "KiotViet.ConflictHost.dll");
        Assert.True(File.Exists(host), $"{host} was not built");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { host, PowerShellSession.ModuleManifestPath, shop.Sandbox.BaseUri.ToString(), shop.Sandbox.TokenUri.ToString(), shop.Sandbox.Options.Retailer, shop.Sandbox.Options.ClientId })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.WriteLine(shop.Sandbox.Options.ClientSecret);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), output);

        Assert.True(process.ExitCode == 0, output);
        var lines = output.Split('\n', StringSplitOptions.TrimEntries).Where(l => l.Contains('=')).ToDictionary(l => l[..l.IndexOf('=')], l => l[(l.IndexOf('=') + 1)..]);
        Assert.Equal("7", lines["customers"]);
        Assert.True(Version.Parse(lines["host-caching"]) < Version.Parse(lines["module-caching"]), output);
    }
}
