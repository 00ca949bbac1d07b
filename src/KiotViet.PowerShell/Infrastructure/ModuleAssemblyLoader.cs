using System;
using System.IO;
using System.Management.Automation;
using System.Reflection;
#if NET
using System.Runtime.Loader;
#endif

namespace KiotViet.Commands.Infrastructure;

/// <summary>
/// Keeps the module's third-party dependencies (Microsoft.Extensions.Caching.Memory and its family) from clashing
/// with whatever versions PowerShell or other modules have loaded, while the module's own assemblies stay nameable.
/// PowerShell 7: the cmdlets and the engine (KiotViet.Client, the public model types) sit in bin/Core and load in the
/// default load context, so <c>[KiotViet.Customer]</c> resolves in scripts. The engine reaches Microsoft.Extensions.*
/// only through the bridge KiotViet.Caching, which sits with them in bin/Core/Dependencies, out of the default
/// probing path; a Resolving handler answers only for the bridge and loads it into a private AssemblyLoadContext,
/// which then serves the bridge's dependencies from that folder.
/// Windows PowerShell: an AssemblyResolve handler answers, for our own assemblies only, with the copy that
/// ships beside this one whatever version was asked for (the binding redirects a module cannot declare).
/// The handler is process-wide while imports are per runspace: it stays hooked until the last runspace that imported
/// the module removes it (<see cref="IModuleAssemblyCleanup"/>); importing again hooks it again.
/// </summary>
public sealed class ModuleAssemblyLoader : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    private static readonly string ModuleBinDirectory = Path.GetDirectoryName(typeof(ModuleAssemblyLoader).Assembly.Location)!;
    private static readonly object Gate = new();

    private static int imports;

    /// <summary>True while the resolve handler is hooked: some runspace of this process has the module imported.</summary>
    public static bool IsRegistered { get; private set; }

    public void OnImport()
    {
        lock (Gate)
        {
            imports++;
            Register();
        }
    }

    public void OnRemove(PSModuleInfo psModuleInfo)
    {
        lock (Gate)
        {
            imports = Math.Max(0, imports - 1);
            if (imports == 0)
            {
                Unregister();
            }
        }
    }

#if NET
    private const string BridgeAssemblyName = "KiotViet.Caching";
    private static readonly string DependencyDirectory = Path.Combine(ModuleBinDirectory, "Dependencies");
    private static readonly DependencyLoadContext Dependencies = new(DependencyDirectory);

    /// <summary>Idempotent; KiotViet.psm1 calls it before PowerShell inspects the cmdlet types, which needs the engine.</summary>
    public static void Register()
    {
        lock (Gate)
        {
            AssemblyLoadContext.Default.Resolving -= ResolveBridge;
            AssemblyLoadContext.Default.Resolving += ResolveBridge;
            IsRegistered = true;
        }
    }

    public static void Unregister()
    {
        lock (Gate)
        {
            AssemblyLoadContext.Default.Resolving -= ResolveBridge;
            IsRegistered = false;
        }
    }

    private static Assembly? ResolveBridge(AssemblyLoadContext context, AssemblyName name) =>
        string.Equals(name.Name, BridgeAssemblyName, StringComparison.Ordinal)
            ? Dependencies.LoadFromAssemblyName(name)
            : null;

    /// <summary>Serves what bin/Core/Dependencies holds; anything else (the engine, the framework) comes from the default context.</summary>
    private sealed class DependencyLoadContext : AssemblyLoadContext
    {
        private readonly string directory;

        public DependencyLoadContext(string directory)
            : base("KiotViet", isCollectible: false) => this.directory = directory;

        protected override Assembly? Load(AssemblyName name)
        {
            var path = Path.Combine(directory, name.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
#else
    public static void Register()
    {
        lock (Gate)
        {
            AppDomain.CurrentDomain.AssemblyResolve -= ResolveShipped;
            AppDomain.CurrentDomain.AssemblyResolve += ResolveShipped;
            IsRegistered = true;
        }
    }

    public static void Unregister()
    {
        lock (Gate)
        {
            AppDomain.CurrentDomain.AssemblyResolve -= ResolveShipped;
            IsRegistered = false;
        }
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
