namespace KiotViet.Sandbox.Tests;

/// <summary>One sandbox per test class, reset before each test by the class constructor.</summary>
public sealed class SandboxFixture : IAsyncLifetime
{
    public SandboxServer Server { get; private set; } = null!;

    public SandboxControls Controls => Server.Controls;

    public async Task InitializeAsync() => Server = await SandboxServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();

    /// <summary>A connected client on a freshly reset shop.</summary>
    public async Task<ApiClient> FreshClientAsync()
    {
        Controls.Reset();
        var client = await ApiClient.ConnectAsync(Server);
        Controls.ResetCounters();
        return client;
    }
}
