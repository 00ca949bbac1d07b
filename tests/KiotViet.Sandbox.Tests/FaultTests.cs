using System.Diagnostics;
using System.Net;

namespace KiotViet.Sandbox.Tests;

public sealed class FaultTests : IClassFixture<SandboxFixture>
{
    private readonly SandboxFixture sandbox;

    public FaultTests(SandboxFixture sandbox) => this.sandbox = sandbox;

    [Fact]
    public async Task Status_fault_hits_the_next_N_matching_requests_with_Retry_After()
    {
        using var client = await sandbox.FreshClientAsync();
        sandbox.Controls.InjectFault(SandboxFault.Status(503, "GET", "/customers", count: 2, retryAfterSeconds: 7));

        var groups = await client.GetAsync("customers/group");
        var first = await client.GetAsync("customers");
        var third = await client.GetAsync("customers");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, groups.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), groups.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Equal(new[] { 503, 503, 200 }, sandbox.Controls.Requests.Select(r => r.Status));
    }

    [Fact]
    public async Task Faults_respect_method_and_route_boundaries()
    {
        using var client = await sandbox.FreshClientAsync();
        sandbox.Controls.InjectFault(SandboxFault.Status(500, "POST", "/customers", count: null));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("customers")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("customersx")).StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, (await client.SendAsync(HttpMethod.Post, "customers", new { name = "A" })).Response.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, (await client.SendAsync(HttpMethod.Post, "customers", new { name = "B" })).Response.StatusCode);
        Assert.Equal(250, sandbox.Controls.CustomerCount);
    }

    [Fact]
    public async Task Token_endpoint_is_only_faulted_when_the_fault_names_it()
    {
        sandbox.Controls.Reset();
        sandbox.Controls.InjectFault(SandboxFault.Status(500, count: null));
        using var http = new HttpClient();

        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync(sandbox.Server.TokenUri, ApiClient.TokenForm("sandbox-client-id", "sandbox-client-secret"))).StatusCode);
        sandbox.Controls.InjectFault(SandboxFault.Status(502, "POST", "/connect/token"));
        Assert.Equal(HttpStatusCode.BadGateway, (await http.PostAsync(sandbox.Server.TokenUri, ApiClient.TokenForm("sandbox-client-id", "sandbox-client-secret"))).StatusCode);
    }

    [Fact]
    public async Task Rate_zero_never_fires_and_rate_one_always_does()
    {
        using var client = await sandbox.FreshClientAsync();
        sandbox.Controls.InjectFault(SandboxFault.Status(500, "GET", "/customers", count: null, rate: 0));

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("customers")).StatusCode);
        }

        sandbox.Controls.InjectFault(SandboxFault.Status(504, "GET", "/customers", count: 3, rate: 1));
        Assert.Equal(HttpStatusCode.GatewayTimeout, (await client.GetAsync("customers")).StatusCode);
    }

    [Fact]
    public async Task DropConnection_fails_the_request_without_an_answer()
    {
        using var client = await sandbox.FreshClientAsync();
        sandbox.Controls.InjectFault(SandboxFault.DropConnection("GET", "/customers"));

        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("customers"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("customers")).StatusCode);
    }

    [Fact]
    public async Task TruncatedBody_sends_part_of_the_announced_body_then_closes()
    {
        using var client = await sandbox.FreshClientAsync();
        sandbox.Controls.InjectFault(SandboxFault.TruncatedBody("GET", "/customers"));

        var error = await Record.ExceptionAsync(async () => await (await client.Http.GetAsync(new Uri(client.ApiRoot, "customers"))).Content.ReadAsStringAsync());

        Assert.True(error is HttpRequestException or IOException, $"Expected a transport error, got {error}");
    }

    [Fact]
    public async Task SlowBody_delivers_the_whole_body_after_a_pause()
    {
        using var client = await sandbox.FreshClientAsync();
        sandbox.Controls.InjectFault(SandboxFault.SlowBody(TimeSpan.FromMilliseconds(400), "GET", "/customers"));
        var watch = Stopwatch.StartNew();

        using var response = await client.Http.GetAsync(new Uri(client.ApiRoot, "customers"), HttpCompletionOption.ResponseHeadersRead);
        var headersAfter = watch.Elapsed;
        var body = await ApiClient.ReadAsync(response);

        Assert.Equal(20, body.GetProperty("data").GetArrayLength());
        Assert.True(watch.Elapsed - headersAfter >= TimeSpan.FromMilliseconds(350), $"body took {watch.Elapsed - headersAfter}");
    }
}
