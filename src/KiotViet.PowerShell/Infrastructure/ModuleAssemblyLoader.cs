using System;
using System.IO;
using System.Management.Automation;
using System.Reflection;
#if NET
using System.Runtime.Loader;
#endif

namespace KiotViet.Commands.Infrastructure;

/// <summary>
/// Keeps the module's dependencies (Microsoft.Extensions.Caching.Memory and its family) from clashing with
/// whatever versions PowerShell or other modules have loaded.
/// PowerShell 7: the engine (KiotViet.Client) and its dependencies live in bin/Core/Dependencies, out of the
/// default probing path; a Resolving handler answers only for the engine and loads it into a private
/// AssemblyLoadContext, which then serves the engine's dependencies from that folder.
/// Windows PowerShell: an AssemblyResolve handler answers, for our own assemblies only, with the copy that
/// ships beside this one whatever version was asked for (the binding redirects a module cannot declare).
/// </summary>
public sealed class ModuleAssemblyLoader : IModuleAssemblyInitializer
{
    private static readonly string ModuleBinDirectory = Path.GetDirectoryName(typeof(ModuleAssemblyLoader).Assembly.Location)!;

#if NET
    private static readonly string DependencyDirectory = Path.Combine(ModuleBinDirectory, "Dependencies");
    private static readonly EngineLoadContext EngineContext = new(DependencyDirectory);

    public void OnImport() => Register();

    /// <summary>Idempotent: re-importing the module does not add a second handler.</summary>
    public static void Register()
    {
        AssemblyLoadContext.Default.Resolving -= ResolveEngine;
        AssemblyLoadContext.Default.Resolving += ResolveEngine;
    }

    private static Assembly? ResolveEngine(AssemblyLoadContext context, AssemblyName name) =>
        string.Equals(name.Name, "KiotViet.Client", StringComparison.Ordinal)
            ? EngineContext.LoadFromAssemblyName(name)
            : null;

    private sealed class EngineLoadContext : AssemblyLoadContext
    {
        private readonly string directory;

        public EngineLoadContext(string directory)
            : base("KiotViet", isCollectible: false) => this.directory = directory;

        protected override Assembly? Load(AssemblyName name)
        {
            var path = Path.Combine(directory, name.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
#else
    public void OnImport() => Register();

    public static void Register()
    {
        AppDomain.CurrentDomain.AssemblyResolve -= ResolveShipped;
        AppDomain.CurrentDomain.AssemblyResolve += ResolveShipped;
    }

    private static Assembly? ResolveShipped(object? sender, ResolveEventArgs args)
    {
        var name = new AssemblyName(args.Name).Name;
        var path = Path.Combine(ModuleBinDirectory, name + ".dll");
        var requester = args.RequestingAssembly?.Location;
        var requestedByUs = requester is null || string.Equals(Path.GetDirectoryName(requester), ModuleBinDirectory, StringComparison.OrdinalIgnoreCase);
        return requestedByUs && File.Exists(path) ? Assembly.LoadFrom(path) : null;
    }
#endif
}
