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
        Shop.Shell.Run(SandboxSession.ConnectScript + " -MaxRetryCount 8").ShouldSucceed();
    }

    public Task DisposeAsync() => Shop.DisposeAsync();
}
