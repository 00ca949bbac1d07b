using System.Net;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace KiotViet.Sandbox.Tests;

/// <summary>The whole service down for a while, timed on the sandbox's clock so that a test moves it instead of waiting.</summary>
public sealed class OutageTests
{
    [Fact]
    public async Task An_outage_begins_after_the_requests_it_lets_through_and_ends_when_its_time_is_up()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { CustomerCount = 5, InvoiceCount = 5 }, clock: clock);
        using var client = await ApiClient.ConnectAsync(server);
        server.Controls.StartOutage(new SandboxOutage(TimeSpan.FromSeconds(90), AfterRequests: 2, RetryAfterSeconds: 30));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("customers")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("customers")).StatusCode);
        var down = await client.GetAsync("customers");
        var (created, _) = await client.SendAsync(HttpMethod.Post, "customers", new { name = "Phan Thị Lan" });
        clock.Advance(TimeSpan.FromSeconds(89));
        var stillDown = await client.GetAsync("customers");
        clock.Advance(TimeSpan.FromSeconds(1));
        var back = await client.GetAsync("customers");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(30), down.Headers.RetryAfter?.Delta);
        Assert.Contains("SandboxOutage", await down.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, created.StatusCode);
        Assert.Equal(5, server.Controls.CustomerCount); // nothing asked during the outage is done
        Assert.Equal(HttpStatusCode.ServiceUnavailable, stillDown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.Equal(3, server.Controls.OutageAnswers);
    }

    [Fact]
    public async Task An_outage_can_drop_every_connection_the_token_endpoint_included()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { CustomerCount = 5, InvoiceCount = 5 }, clock: clock);
        using var client = await ApiClient.ConnectAsync(server);
        server.Controls.StartOutage(new SandboxOutage(TimeSpan.FromMinutes(2), Drop: true));

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => client.GetAsync("customers"));
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => ApiClient.RequestTokenAsync(client.Http, server));
        server.Controls.EndOutage();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("customers")).StatusCode);
        Assert.Equal(2, server.Controls.OutageAnswers);
        Assert.Equal(2, server.Controls.Requests.Count(r => r.Status == 0));
    }

    [Fact]
    public async Task The_outage_control_answers_over_http()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { CustomerCount = 5, InvoiceCount = 5 }, clock: clock);
        using var client = await ApiClient.ConnectAsync(server);
        using var control = new HttpClient { BaseAddress = new Uri(server.BaseUri, "_sandbox/") };

        var armed = await control.PostAsync("outage", new StringContent("{\"seconds\":60,\"status\":502}", System.Text.Encoding.UTF8, "application/json"));
        var down = await client.GetAsync("customers");
        var count = await control.GetStringAsync("outage");
        await control.DeleteAsync("outage");

        Assert.Equal(HttpStatusCode.OK, armed.StatusCode);
        Assert.Equal(HttpStatusCode.BadGateway, down.StatusCode);
        Assert.Contains("\"answered\":1", count);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("customers")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await control.PostAsync("outage", new StringContent("{\"seconds\":0}", System.Text.Encoding.UTF8, "application/json"))).StatusCode);
    }
}
