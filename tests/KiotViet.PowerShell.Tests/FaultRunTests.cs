using KiotViet.Sandbox;
using Xunit;
using Xunit.Abstractions;

namespace KiotViet.PowerShell.Tests;

/// <summary>
/// Bulk runs against a shop of their own that will meet a seeded fault mix. The session connects with more retries
/// than the default: with a fifth of all requests faulted, a listing would otherwise meet five faults in a row about
/// once in 150 runs, and end the run as a listing should.
/// </summary>
public abstract class FaultRunTests : IAsyncLifetime
{
    private protected FaultRunTests(SandboxOptions options, ITestOutputHelper output)
    {
        Shop = new SandboxSession(options);
        Output = output;
    }

    private protected SandboxSession Shop { get; }

    private protected ITestOutputHelper Output { get; }

    public async Task InitializeAsync()
    {
        await Shop.InitializeAsync();
        // An operation (a create, its lookup pages, a resend) shares its retries: under a fault mix of about one request
        // in four, eight could run out in a lookup of several pages and leave a row "outcome unknown", which is honest
        // but not what these runs measure; the rare long back-off is capped at 30 s.
        Shop.Shell.Run(SandboxSession.ConnectScript + " -MaxRetryCount 20").ShouldSucceed();
    }

    public Task DisposeAsync() => Shop.DisposeAsync();

    /// <summary>
    /// Writes a run's figures (faults injected by kind, lost answers reconciled as applied, writes resent as not
    /// applied) to the test output, and fails a run that met no lost answer: then it proved nothing.
    /// </summary>
    private protected void ReportFaultRun(string run, ScriptResult result)
    {
        var injected = Shop.Controls.FaultsInjectedByMix;
        var reconciled = result.Verbose.Count(v => v.Contains("only its answer was lost"));
        var resent = result.Verbose.Count(v => v.Contains("sending it again ("));
        Output.WriteLine($"{run}: {result.Output.Count} written, {result.Errors.Count} errors; faults: {string.Join(", ", injected.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}"))}; reconciled as applied: {reconciled}, resent as not applied: {resent}");
        Assert.True(injected.GetValueOrDefault(nameof(SandboxFaultMix.DropAfterCommit)) + injected.GetValueOrDefault(nameof(SandboxFaultMix.GatewayErrorAfterCommit)) > 0);
        Assert.True(reconciled > 0, "no lost answer was reconciled");
    }
}
