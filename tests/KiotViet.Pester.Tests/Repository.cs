using System.Reflection;

namespace KiotViet.Pester.Tests;

/// <summary>Paths this build baked in: the repository, the staged module, the sandbox and the restored Pester.</summary>
internal static class Repository
{
    public static string Root { get; } = Metadata("RepoRoot");

    public static string ModuleManifest { get; } = Metadata("ModuleManifest");

    public static string SandboxAssembly { get; } = Metadata("SandboxAssembly");

    public static string PackageFolder { get; } = Metadata("PackageFolder");

    public static string Configuration { get; } = Metadata("Configuration");

    public static string PesterModule { get; } = Metadata("PesterModule");

    public static string PesterFolder { get; } = Path.Combine(Root, "tests", "pester");

    private static string Metadata(string key) =>
        typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
