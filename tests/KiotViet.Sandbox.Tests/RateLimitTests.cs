using System.Net;

namespace KiotViet.Sandbox.Tests;

public sealed class RateLimitTests : IClassFixture<SandboxFixture>
{
    private readonly SandboxFixture sandbox;

    public RateLimitTests(SandboxFixture sandbox) => this.sandbox = sandbox;

    [Fact]
    public async Task GETs_over_the_hourly_budget_get_429_with_Retry_After_while_writes_and_tokens_pass()
    {
        using var client = await sandbox.FreshClientAsync();
        sandbox.Controls.SetGetRateLimit(3);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("customers")).StatusCode);
        }

        var (limited, body) = await client.SendAsync(HttpMethod.Get, "invoices");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.InRange(limited.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 3000, 3600);
        Assert.Equal("RateLimitException", Envelope.ErrorCode(body));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Post, "customers", new { name = "Hồ Ngọc Hà" })).Response.StatusCode);
        await ApiClient.RequestTokenAsync(client.Http, sandbox.Server);
        sandbox.Controls.Reset();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("customers")).StatusCode);
    }

    [Fact]
    public async Task Requests_refused_for_a_bad_token_do_not_spend_the_budget()
    {
        using var client = await sandbox.FreshClientAsync();
        sandbox.Controls.SetGetRateLimit(1);
        using var anonymous = new HttpClient();
        anonymous.DefaultRequestHeaders.Add("Retailer", "demoshop");

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri(sandbox.Server.BaseUri, "customers"))).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("customers")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("customers")).StatusCode);
    }

    [Fact]
    public async Task Status_and_Retry_After_are_switchable()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { CustomerCount = 3, InvoiceCount = 3, GetRequestsPerHour = 1, RateLimitStatusCode = 403, SendRetryAfter = false });
        using var client = await ApiClient.ConnectAsync(server);
        await client.GetAsync("customers");

        var limited = await client.GetAsync("customers");

        Assert.Equal(HttpStatusCode.Forbidden, limited.StatusCode);
        Assert.Null(limited.Headers.RetryAfter);
    }
}
