using System.Diagnostics;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Net.Http.Headers;
using System.Text.Json;
using KiotViet.Sandbox;

// Reads every customer of a sandbox shop two ways and prints wall time, time to first object, requests and
// managed memory: (1) the loop users write by hand (sequential pages, like an Invoke-RestMethod loop),
// (2) Get-KvCustomer from the staged module in a hosted PowerShell pipeline.
var customers = args.Length > 0 ? int.Parse(args[0]) : 20_000;
var latency = TimeSpan.FromMilliseconds(args.Length > 1 ? int.Parse(args[1]) : 100);
var manifest = Path.Combine(FindRepoRoot(), "out", "KiotViet", "KiotViet.psd1");

await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { CustomerCount = customers, InvoiceCount = 10, GetRequestsPerHour = 1_000_000 });
sandbox.Controls.SetLatency(latency, TimeSpan.FromMilliseconds(latency.TotalMilliseconds / 5));
Console.WriteLine($"Sandbox: {customers:N0} customers, {latency.TotalMilliseconds:0} ms latency per request (+/- 20% jitter), pages of 100.");

var naive = await Measure("Hand-written sequential loop", () => NaiveLoopAsync(sandbox));
var module = await Measure("Get-KvCustomer (module)", () => Task.FromResult(ModulePipeline(sandbox, manifest)));

Console.WriteLine();
Console.WriteLine($"Speed-up (wall time): {naive.Elapsed.TotalSeconds / module.Elapsed.TotalSeconds:0.00}x");
Console.WriteLine($"Time to first object: loop {naive.FirstItem.TotalMilliseconds:0} ms, module {module.FirstItem.TotalMilliseconds:0} ms");
return;

static async Task<Result> Measure(string name, Func<Task<(long Items, TimeSpan FirstItem, int Requests)>> run)
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    var baseline = GC.GetTotalMemory(true);
    var peak = baseline;
    using var sampler = new Timer(_ => peak = Math.Max(peak, GC.GetTotalMemory(false)), null, 0, 20);
    var allocatedBefore = GC.GetTotalAllocatedBytes(true);
    var watch = Stopwatch.StartNew();
    var (items, first, requests) = await run();
    watch.Stop();
    var allocated = GC.GetTotalAllocatedBytes(true) - allocatedBefore;
    Console.WriteLine($"{name,-32} {items,8:N0} items  {watch.Elapsed.TotalSeconds,7:0.00} s  first after {first.TotalMilliseconds,6:0} ms  {requests,5} requests  peak heap +{(peak - baseline) / 1048576.0,6:0.0} MiB  allocated {allocated / 1048576.0,7:0.0} MiB");
    return new Result(watch.Elapsed, first);
}

static async Task<(long, TimeSpan, int)> NaiveLoopAsync(SandboxServer sandbox)
{
    sandbox.Controls.ResetCounters();
    using var http = new HttpClient { BaseAddress = sandbox.BaseUri };
    var token = await GetTokenAsync(http, sandbox);
    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    http.DefaultRequestHeaders.Add("Retailer", sandbox.Options.Retailer);
    var watch = Stopwatch.StartNew();
    TimeSpan? first = null;
    long items = 0;
    for (var offset = 0; ; offset += 100)
    {
        using var page = JsonDocument.Parse(await http.GetStringAsync($"customers?pageSize=100&currentItem={offset}"));
        var data = page.RootElement.GetProperty("data");
        foreach (var _ in data.EnumerateArray())
        {
            first ??= watch.Elapsed;
            items++;
        }

        if (data.GetArrayLength() == 0 || offset + 100 >= page.RootElement.GetProperty("total").GetInt32())
        {
            break;
        }
    }

    return (items, first ?? TimeSpan.Zero, sandbox.Controls.RequestCount("GET", "/customers"));
}

static (long, TimeSpan, int) ModulePipeline(SandboxServer sandbox, string manifest)
{
    using var runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
    runspace.Open();
    using var shell = PowerShell.Create();
    shell.Runspace = runspace;
    var secret = new System.Security.SecureString();
    foreach (var c in sandbox.Options.ClientSecret)
    {
        secret.AppendChar(c);
    }

    runspace.SessionStateProxy.SetVariable("secret", secret);
    shell.AddScript($"""
        Import-Module '{manifest}' -ErrorAction Stop
        Connect-KiotViet -Retailer '{sandbox.Options.Retailer}' -ClientId '{sandbox.Options.ClientId}' -ClientSecret $secret -ApiBaseUri '{sandbox.BaseUri}' -TokenUri '{sandbox.TokenUri}' -ErrorAction Stop
        """).Invoke();
    ThrowOnErrors(shell);
    shell.Commands.Clear();
    sandbox.Controls.ResetCounters();

    var watch = Stopwatch.StartNew();
    TimeSpan? first = null;
    long items = 0;
    var output = new PSDataCollection<PSObject>();
    output.DataAdded += (_, _) =>
    {
        first ??= watch.Elapsed;
        items++;
        output.Clear();
    };
    shell.AddScript("Get-KvCustomer").Invoke(null, output);
    ThrowOnErrors(shell);
    return (items, first ?? TimeSpan.Zero, sandbox.Controls.RequestCount("GET", "/customers"));
}

static void ThrowOnErrors(PowerShell shell)
{
    if (shell.Streams.Error.Count > 0)
    {
        throw new InvalidOperationException(string.Join(Environment.NewLine, shell.Streams.Error));
    }
}

static async Task<string> GetTokenAsync(HttpClient http, SandboxServer sandbox)
{
    var form = new FormUrlEncodedContent(new Dictionary<string, string>
    {
        ["scopes"] = "PublicApi.Access",
        ["grant_type"] = "client_credentials",
        ["client_id"] = sandbox.Options.ClientId,
        ["client_secret"] = sandbox.Options.ClientSecret,
    });
    using var response = await http.PostAsync(sandbox.TokenUri, form);
    using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    return body.RootElement.GetProperty("access_token").GetString()!;
}

static string FindRepoRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KiotViet.sln")))
    {
        dir = dir.Parent;
    }

    return dir?.FullName ?? throw new InvalidOperationException("KiotViet.sln not found.");
}

internal sealed record Result(TimeSpan Elapsed, TimeSpan FirstItem);
