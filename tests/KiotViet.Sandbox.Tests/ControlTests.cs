using System.Diagnostics;
using System.Net;

namespace KiotViet.Sandbox.Tests;

public sealed class ControlTests : IClassFixture<SandboxFixture>
{
    private readonly SandboxFixture sandbox;

    public ControlTests(SandboxFixture sandbox) => this.sandbox = sandbox;

    [Fact]
    public async Task RequestCount_is_route_aware_and_the_log_holds_no_secrets()
    {
        using var client = await sandbox.FreshClientAsync();
        await client.GetAsync("customers?pageSize=3");
        await client.GetAsync("customers/group");
        await client.SendAsync(HttpMethod.Post, "customers", new { name = "Đỗ Thu Hà" });

        Assert.Equal(1, sandbox.Controls.RequestCount("POST", "/customers"));
        Assert.Equal(2, sandbox.Controls.RequestCount("GET", "/customers"));
        Assert.Equal(1, sandbox.Controls.RequestCount("GET", "/customers/group"));
        Assert.Equal(0, sandbox.Controls.RequestCount("GET", "/customer"));
        var list = sandbox.Controls.Requests[0];
        Assert.Equal(("GET", "/customers", "?pageSize=3", 200), (list.Method, list.Path, list.QueryString, list.Status));
        await ApiClient.RequestTokenAsync(client.Http, sandbox.Server);
        Assert.Equal(1, sandbox.Controls.RequestCount("POST", "/connect/token"));
        Assert.DoesNotContain(sandbox.Controls.Requests, r => (r.Path + r.QueryString).Contains("sandbox-client-secret", StringComparison.Ordinal));

        sandbox.Controls.ResetCounters();
        Assert.Empty(sandbox.Controls.Requests);
    }

    [Fact]
    public async Task Reset_restores_the_seeded_data()
    {
        using var client = await sandbox.FreshClientAsync();
        var first = Envelope.Ids(await client.GetJsonAsync("customers"))[0];
        await client.SendAsync(HttpMethod.Delete, $"customers/{first}");
        await client.SendAsync(HttpMethod.Post, "customers", new { name = "Vũ Minh Khoa" });

        sandbox.Controls.Reset();

        Assert.Equal(250, sandbox.Controls.CustomerCount);
        Assert.Equal(first, Envelope.Ids(await client.GetJsonAsync("customers"))[0]);
    }

    [Fact]
    public async Task Latency_applies_to_its_route_prefix_only()
    {
        // The sandbox waits on its own clock: a delayed request is answered only once that clock has moved on.
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { CustomerCount = 5, InvoiceCount = 5 }, clock: clock);
        using var client = await ApiClient.ConnectAsync(server);
        server.Controls.SetLatency(TimeSpan.FromMilliseconds(300), TimeSpan.Zero, "/customers/group");

        var delayed = client.GetAsync("customers/group");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("customers")).StatusCode); // another route: no latency
        Assert.False(delayed.IsCompleted, "answered before the sandbox clock reached the latency");

        // Move the clock until the delayed request is answered (it may reach the server after the first move).
        for (var moves = 0; !delayed.IsCompleted && moves < 600; moves++)
        {
            clock.Advance(TimeSpan.FromMilliseconds(300));
            await Task.WhenAny(delayed, Task.Delay(TimeSpan.FromMilliseconds(50)));
        }

        Assert.Equal(HttpStatusCode.OK, (await delayed).StatusCode);
        server.Controls.SetLatency(TimeSpan.Zero, TimeSpan.Zero, "/customers/group");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("customers/group")).StatusCode); // no latency, no clock move
    }

    [Fact]
    public async Task Customers_change_between_pages_when_asked()
    {
        using var client = await sandbox.FreshClientAsync();
        sandbox.Controls.MutateCustomersDuringPaging(afterListRequests: 1, insert: 3, delete: 5);

        var firstPage = Envelope.Ids(await client.GetJsonAsync("customers?pageSize=10"));
        var secondPage = await client.GetJsonAsync("customers?pageSize=10&currentItem=10");

        Assert.Equal(248, secondPage.GetProperty("total").GetInt32());
        Assert.Equal(248, sandbox.Controls.CustomerCount);
        Assert.Contains(firstPage[9], Envelope.Ids(await client.GetJsonAsync("customers?pageSize=10")));
        Assert.DoesNotContain(firstPage[0], Envelope.Ids(await client.GetJsonAsync("customers?pageSize=100")));
    }

    [Fact]
    public async Task Unknown_routes_get_404()
    {
        using var client = await sandbox.FreshClientAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("nothing-here")).StatusCode);
    }
}
