using System.Management.Automation;
using System.Management.Automation.Runspaces;
using Microsoft.Extensions.Caching.Memory;

// Usage: KiotViet.ConflictHost <manifest> <apiBase> <tokenUri> <retailer> <clientId>   (secret on stdin)
// Loads old Microsoft.Extensions.* first, then imports KiotViet and reads customers.
using var oldCache = new MemoryCache(new MemoryCacheOptions());
oldCache.Set("loaded-first", true);
Console.WriteLine($"host-primitives={typeof(Microsoft.Extensions.Primitives.StringValues).Assembly.GetName().Version}");
Console.WriteLine($"host-caching={typeof(MemoryCache).Assembly.GetName().Version}");

var secret = new System.Security.SecureString();
foreach (var c in Console.ReadLine() ?? "")
{
    secret.AppendChar(c);
}

var state = InitialSessionState.CreateDefault2();
using var runspace = RunspaceFactory.CreateRunspace(state);
runspace.Open();
using var shell = PowerShell.Create();
shell.Runspace = runspace;
shell.AddScript("""
    param($manifest, $api, $token, $retailer, $clientId, $secret)
    Import-Module $manifest -ErrorAction Stop
    Connect-KiotViet -Retailer $retailer -ClientId $clientId -ClientSecret $secret -ApiBaseUri $api -TokenUri $token
    $customers = @(Get-KvCustomer -First 7)
    "customers=$($customers.Count)"
    $private = [System.Runtime.Loader.AssemblyLoadContext]::All | Where-Object Name -eq 'KiotViet'
    $cache = $private.Assemblies | Where-Object { $_.GetName().Name -eq 'Microsoft.Extensions.Caching.Memory' }
    "module-caching=$($cache.GetName().Version)"
    """).AddArgument(args[0]).AddArgument(args[1]).AddArgument(args[2]).AddArgument(args[3]).AddArgument(args[4]).AddArgument(secret);
try
{
    foreach (var line in shell.Invoke())
    {
        Console.WriteLine(line);
    }

    foreach (var error in shell.Streams.Error)
    {
        Console.WriteLine($"error={error}");
    }

    return shell.HadErrors ? 1 : 0;
}
catch (RuntimeException ex)
{
    Console.WriteLine($"error={ex.Message}");
    return 1;
}
