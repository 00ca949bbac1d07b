using KiotViet.Sandbox;
using Xunit;

namespace KiotViet.PowerShell.Tests;

/// <summary>A sandbox shop on a free loopback port and a PowerShell session connected to it.</summary>
public sealed class SandboxSession : IAsyncLifetime
{
    public const string ConnectScript = """
        Connect-KiotViet -Retailer $kvRetailer -ClientId $kvClientId `
            -ClientSecret (New-SecureText $kvSecret) `
            -ApiBaseUri $kvApi -TokenUri $kvToken -InitialRetryDelay ([timespan]::FromMilliseconds(20))
        """;

    private readonly SandboxOptions options;

    public SandboxSession()
        : this(new SandboxOptions { CustomerCount = 250, InvoiceCount = 400 })
    {
    }

    /// <summary>A shop with other options, for tests that start their own (xunit fixtures use the public one).</summary>
    internal SandboxSession(SandboxOptions options) => this.options = options;

    public SandboxServer Sandbox { get; private set; } = null!;

    public SandboxControls Controls => Sandbox.Controls;

    public PowerShellSession Shell { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Sandbox = await SandboxServer.StartAsync(options);
        Shell = new PowerShellSession();
        SetConnectionVariables(Shell);
        Shell.Run(ConnectScript).ShouldSucceed();
        Controls.ResetCounters();
    }

    /// <summary>
    /// Puts the sandbox's address and demo credentials into $kv* variables of a session. Its connections retry at
    /// most 4 times unless a test says otherwise: a fault injected for good then ends a command in milliseconds, not
    /// after the 10 minutes a user's connection would wait it out (tests of that patience run on a fake clock).
    /// </summary>
    public void SetConnectionVariables(PowerShellSession shell)
    {
        var state = shell.Runspace.SessionStateProxy;
        state.SetVariable("PSDefaultParameterValues", new System.Management.Automation.DefaultParameterDictionary { { "Connect-KiotViet:MaxRetryCount", 4 } });
        state.SetVariable("kvRetailer", Sandbox.Options.Retailer);
        state.SetVariable("kvClientId", Sandbox.Options.ClientId);
        state.SetVariable("kvSecret", Sandbox.Options.ClientSecret);
        state.SetVariable("kvApi", Sandbox.BaseUri.ToString());
        state.SetVariable("kvToken", Sandbox.TokenUri.ToString());
    }

    /// <summary>Back to the seed data with clean counters, and a fresh connection.</summary>
    public void Reset()
    {
        Controls.Reset();
        Shell.Run(ConnectScript).ShouldSucceed();
        Controls.ResetCounters();
    }

    public async Task DisposeAsync()
    {
        Shell.Dispose();
        await Sandbox.DisposeAsync();
    }
}
