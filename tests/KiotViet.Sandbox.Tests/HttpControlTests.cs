using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace KiotViet.Sandbox.Tests;

public sealed class HttpControlTests : IClassFixture<SandboxFixture>
{
    private readonly SandboxFixture sandbox;

    public HttpControlTests(SandboxFixture sandbox) => this.sandbox = sandbox;

    private async Task<JsonElement> ControlAsync(HttpMethod method, string path, object? body = null)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(method, new Uri(sandbox.Server.BaseUri, "_sandbox/" + path)) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"{method} /_sandbox/{path} answered {(int)response.StatusCode}");
        return await ApiClient.ReadAsync(response);
    }

    [Fact]
    public async Task Reset_and_counters_over_http()
    {
        using var client = await sandbox.FreshClientAsync();
        await client.SendAsync(HttpMethod.Post, "customers", new { name = "Lý Thu Thảo" });
        await client.GetAsync("customers");

        var one = await ControlAsync(HttpMethod.Get, "counters?method=POST&path=/customers");
        var all = await ControlAsync(HttpMethod.Get, "counters");
        await ControlAsync(HttpMethod.Post, "reset");

        Assert.Equal(1, one.GetProperty("count").GetInt32());
        Assert.Equal(2, all.GetProperty("total").GetInt32());
        Assert.Equal(1, all.GetProperty("byRoute").GetProperty("GET /customers").GetInt32());
        Assert.Equal(250, sandbox.Controls.CustomerCount);
        Assert.Equal(0, (await ControlAsync(HttpMethod.Get, "counters")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_fault_mix_is_set_read_and_stopped_over_http()
    {
        using var client = await sandbox.FreshClientAsync();

        await ControlAsync(HttpMethod.Post, "faultmix", new { seed = 3, unavailable = 1.0 });
        var faulted = await client.GetAsync("customers");
        var counts = await ControlAsync(HttpMethod.Get, "faultmix");
        await ControlAsync(HttpMethod.Delete, "faultmix");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, faulted.StatusCode);
        Assert.Equal(1, counts.GetProperty("injected").GetProperty("Unavailable").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("customers")).StatusCode);
    }

    [Fact]
    public async Task A_drop_after_commit_is_injected_over_http_and_the_customer_is_saved()
    {
        using var client = await sandbox.FreshClientAsync();

        await ControlAsync(HttpMethod.Post, "faults", new { kind = "dropAfterCommit", method = "POST", path = "/customers" });

        await Assert.ThrowsAsync<HttpRequestException>(() => client.SendAsync(HttpMethod.Post, "customers", new { name = "Lý Thu Thảo" }));
        Assert.Equal(251, sandbox.Controls.CustomerCount);
    }

    [Theory]
    [InlineData("status")]
    [InlineData("dropConnection")]
    [InlineData("truncatedBody")]
    public async Task Faults_are_injected_and_cleared_over_http(string kind)
    {
        using var client = await sandbox.FreshClientAsync();
        await ControlAsync(HttpMethod.Post, "faults", new { kind, statusCode = 502, method = "GET", path = "/customers", count = (int?)null });

        var faulted = await Record.ExceptionAsync(async () =>
        {
            using var response = await client.Http.GetAsync(new Uri(client.ApiRoot, "customers"));
            await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        });
        await ControlAsync(HttpMethod.Delete, "faults");

        Assert.True(kind == "status" ? faulted is null : faulted is HttpRequestException or IOException, $"{kind}: {faulted}");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("customers")).StatusCode);
    }

    [Fact]
    public async Task Slow_body_latency_and_token_expiry_over_http()
    {
        using var client = await sandbox.FreshClientAsync();
        await ControlAsync(HttpMethod.Post, "faults", new { kind = "slowBody", path = "/branches", delayMs = 300 });
        await ControlAsync(HttpMethod.Post, "latency", new { fixedMs = 200, jitterMs = 0, path = "/branches" });

        var watch = Stopwatch.StartNew();
        var branches = await client.GetJsonAsync("branches");
        watch.Stop();
        await ControlAsync(HttpMethod.Post, "tokens/expire");

        Assert.Equal(3, branches.GetProperty("total").GetInt32());
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(480), $"took {watch.Elapsed}");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("branches")).StatusCode);
    }

    [Fact]
    public async Task Mutations_and_events_over_http()
    {
        using var client = await sandbox.FreshClientAsync();
        using var receiver = new WebhookReceiver();
        await client.SendAsync(HttpMethod.Post, "webhooks", new { Webhook = new { Type = "stock.update", Url = receiver.Url, IsActive = true } });
        await ControlAsync(HttpMethod.Post, "mutations", new { afterListRequests = 1, insert = 4, delete = 0 });

        await client.GetAsync("customers");
        var fired = await ControlAsync(HttpMethod.Post, "events/stock.update");

        Assert.Equal(254, sandbox.Controls.CustomerCount);
        Assert.Equal(1, fired.GetProperty("deliveries").GetInt32());
        Assert.Contains("\"OnHand\"", System.Text.Encoding.UTF8.GetString((await receiver.NextAsync()).Body));
        var deliveries = await ControlAsync(HttpMethod.Get, "webhooks/deliveries");
        Assert.Equal(200, deliveries[0].GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Bad_control_bodies_and_unknown_events_get_400()
    {
        using var http = new HttpClient();

        using var fault = await http.PostAsJsonAsync(new Uri(sandbox.Server.BaseUri, "_sandbox/faults"), new { kind = "meteor" });
        using var evt = await http.PostAsync(new Uri(sandbox.Server.BaseUri, "_sandbox/events/customer.created"), null);

        Assert.Equal(HttpStatusCode.BadRequest, fault.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, evt.StatusCode);
    }

    [Fact]
    public async Task Garbage_over_http_spoils_the_list_route_only_and_is_cleared()
    {
        using var client = await sandbox.FreshClientAsync();
        await ControlAsync(HttpMethod.Post, "garbage", new { kind = "samePage", path = "/customers" });

        var first = await client.GetJsonAsync("customers?pageSize=10&currentItem=0");
        var later = await client.GetJsonAsync("customers?pageSize=10&currentItem=50");
        var firstId = first.GetProperty("data")[0].GetProperty("id").GetInt64();
        var one = await client.GetJsonAsync($"customers/{firstId}");
        await ControlAsync(HttpMethod.Delete, "garbage");
        var honest = await client.GetJsonAsync("customers?pageSize=10&currentItem=50");

        Assert.Equal(first.GetProperty("data")[0].GetProperty("id").GetInt64(), later.GetProperty("data")[0].GetProperty("id").GetInt64());
        Assert.Equal(firstId, one.GetProperty("id").GetInt64());
        Assert.NotEqual(first.GetProperty("data")[0].GetProperty("id").GetInt64(), honest.GetProperty("data")[0].GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task Garbage_cut_off_sends_a_complete_answer_with_half_a_body()
    {
        using var client = await sandbox.FreshClientAsync();
        sandbox.Controls.ServeGarbage(new SandboxGarbage(SandboxGarbageKind.CutOff, "/customers", Count: 1));

        using var cut = await client.GetAsync("customers?pageSize=5");
        var text = await cut.Content.ReadAsStringAsync();
        using var whole = await client.GetAsync("customers?pageSize=5");

        Assert.Equal(HttpStatusCode.OK, cut.StatusCode);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(text));
        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        JsonDocument.Parse(await whole.Content.ReadAsStringAsync()).Dispose();
    }

    [Fact]
    public async Task An_unknown_garbage_kind_is_refused()
    {
        using var http = new HttpClient();
        using var response = await http.PostAsync(new Uri(sandbox.Server.BaseUri, "_sandbox/garbage"), JsonContent.Create(new { kind = "nonsense" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
