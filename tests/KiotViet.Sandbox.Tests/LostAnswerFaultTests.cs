using System.Net;
using System.Net.Http.Json;

namespace KiotViet.Sandbox.Tests;

/// <summary>Faults that make a write's outcome unknown to the client: saved, but the answer is lost.</summary>
public sealed class LostAnswerFaultTests : IClassFixture<SandboxFixture>
{
    private readonly SandboxFixture sandbox;

    public LostAnswerFaultTests(SandboxFixture sandbox) => this.sandbox = sandbox;

    [Fact]
    public async Task A_drop_after_commit_saves_the_customer_and_answers_nothing()
    {
        using var client = await sandbox.FreshClientAsync();
        sandbox.Controls.InjectFault(SandboxFault.DropAfterCommit("POST", "/customers"));

        await Assert.ThrowsAsync<HttpRequestException>(() => client.SendAsync(HttpMethod.Post, "customers", new { name = "Trần Văn Lộc", contactNumber = "0911222333" }));

        // The client sees the abort before the sandbox has logged the request it aborted.
        Assert.True(SpinWait.SpinUntil(() => sandbox.Controls.Requests.Any(r => r.Method == "POST"), TimeSpan.FromSeconds(10)), "the dropped request was never logged");
        Assert.Equal(251, sandbox.Controls.CustomerCount);
        Assert.Single(sandbox.Controls.Customers, c => c.ContactNumber == "0911222333");
        Assert.Equal(0, sandbox.Controls.Requests.Single(r => r.Method == "POST").Status);
    }

    [Theory]
    [InlineData(502)]
    [InlineData(504)]
    public async Task A_gateway_error_after_commit_saves_the_customer_and_answers_with_a_gateway_page(int status)
    {
        using var client = await sandbox.FreshClientAsync();
        sandbox.Controls.InjectFault(SandboxFault.StatusAfterCommit(status, "POST", "/customers"));

        var response = await client.Http.PostAsync(new Uri(client.ApiRoot, "customers"), JsonContent.Create(new { name = "Trần Văn Lộc" }));

        Assert.Equal(status, (int)response.StatusCode);
        Assert.StartsWith("text/html", response.Content.Headers.ContentType?.ToString());
        Assert.DoesNotContain("Lộc", await response.Content.ReadAsStringAsync());
        Assert.Equal(251, sandbox.Controls.CustomerCount);
    }

    [Fact]
    public async Task A_token_expiry_fault_makes_the_request_answer_401_TokenException()
    {
        using var client = await sandbox.FreshClientAsync();
        sandbox.Controls.InjectFault(SandboxFault.ExpireTokens("GET", "/customers"));

        var (response, body) = await client.SendAsync(HttpMethod.Get, "customers");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("TokenException", body.GetProperty("responseStatus").GetProperty("errorCode").GetString());
    }

    [Fact]
    public async Task The_fault_mix_is_reproducible_from_its_seed_and_counts_what_it_injected()
    {
        var first = await StatusesUnderMixAsync(seed: 7);
        var injected = sandbox.Controls.FaultsInjectedByMix;
        var again = await StatusesUnderMixAsync(seed: 7);
        var other = await StatusesUnderMixAsync(seed: 8);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.Equal(first.Count(s => s != 200), injected.Values.Sum());
        Assert.Equal(first.Count(s => s == 503), injected.GetValueOrDefault(nameof(SandboxFaultMix.Unavailable)));
    }

    // 400 GETs of one page, answered or faulted; the token is fetched again whenever it was expired.
    private async Task<List<int>> StatusesUnderMixAsync(int seed)
    {
        using var client = await sandbox.FreshClientAsync();
        sandbox.Controls.SetFaultMix(SandboxFaultMix.Typical(seed) with { RetryAfterSeconds = 0, DropAfterCommit = 0, DropBeforeCommit = 0 });
        var statuses = new List<int>();
        for (var i = 0; i < 400; i++)
        {
            var response = await client.GetAsync("customers?pageSize=1");
            statuses.Add((int)response.StatusCode);
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                client.Http.DefaultRequestHeaders.Authorization = new("Bearer", await ApiClient.RequestTokenAsync(client.Http, sandbox.Server));
            }
        }

        sandbox.Controls.SetFaultMix(null);
        return statuses;
    }
}
