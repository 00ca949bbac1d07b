using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace KiotViet.Sandbox.Tests;

public sealed class AuthTests : IClassFixture<SandboxFixture>
{
    private readonly SandboxFixture sandbox;

    public AuthTests(SandboxFixture sandbox)
    {
        this.sandbox = sandbox;
        sandbox.Controls.Reset();
    }

    [Fact]
    public async Task Token_endpoint_returns_a_bearer_token_with_the_configured_lifetime_and_retailer_claim()
    {
        using var http = new HttpClient();
        using var response = await http.PostAsync(sandbox.Server.TokenUri, ApiClient.TokenForm("sandbox-client-id", "sandbox-client-secret"));
        var body = await ApiClient.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        Assert.Equal(86400, body.GetProperty("expires_in").GetInt32());
        var payload = body.GetProperty("access_token").GetString()!.Split('.')[1];
        var json = Encoding.UTF8.GetString(Convert.FromBase64String(payload.Replace('-', '+').Replace('_', '/').PadRight((payload.Length + 3) / 4 * 4, '=')));
        Assert.Equal("demoshop", JsonDocument.Parse(json).RootElement.GetProperty("client_RetailerCode").GetString());
    }

    [Theory]
    [InlineData("sandbox-client-id", "wrong-secret")]
    [InlineData("someone-else", "sandbox-client-secret")]
    public async Task Wrong_credentials_get_invalid_client(string clientId, string secret)
    {
        using var http = new HttpClient();
        using var response = await http.PostAsync(sandbox.Server.TokenUri, ApiClient.TokenForm(clientId, secret));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_client", (await ApiClient.ReadAsync(response)).GetProperty("error").GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token")]
    public async Task Missing_or_unknown_bearer_gets_401_TokenException(string? token)
    {
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Add("Retailer", "demoshop");
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.GetAsync(new Uri(sandbox.Server.BaseUri, "customers"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("TokenException", Envelope.ErrorCode(await ApiClient.ReadAsync(response)));
    }

    [Fact]
    public async Task Expired_tokens_get_401_until_a_new_token_is_fetched()
    {
        using var client = await ApiClient.ConnectAsync(sandbox.Server);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("customers")).StatusCode);

        sandbox.Controls.ExpireAllTokens();
        var (expired, body) = await client.SendAsync(HttpMethod.Get, "customers");

        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        Assert.Equal("TokenException", Envelope.ErrorCode(body));
        using var renewed = await ApiClient.ConnectAsync(sandbox.Server);
        Assert.Equal(HttpStatusCode.OK, (await renewed.GetAsync("customers")).StatusCode);
    }

    [Fact]
    public async Task A_short_token_lifetime_is_announced_and_enforced()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { CustomerCount = 5, InvoiceCount = 5 }, clock: clock);
        server.Controls.SetTokenLifetime(TimeSpan.FromSeconds(1));
        using var http = new HttpClient();
        using var tokenResponse = await http.PostAsync(server.TokenUri, ApiClient.TokenForm("sandbox-client-id", "sandbox-client-secret"));
        Assert.Equal(1, (await ApiClient.ReadAsync(tokenResponse)).GetProperty("expires_in").GetInt32());
        using var client = await ApiClient.ConnectAsync(server);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("customers")).StatusCode);

        clock.Advance(TimeSpan.FromMilliseconds(1100));

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("customers")).StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("othershop")]
    public async Task Missing_or_foreign_Retailer_header_gets_the_error_envelope(string? retailer)
    {
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await ApiClient.RequestTokenAsync(http, sandbox.Server));
        if (retailer is not null)
        {
            http.DefaultRequestHeaders.Add("Retailer", retailer);
        }

        using var response = await http.GetAsync(new Uri(sandbox.Server.BaseUri, "customers"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("RetailerException", Envelope.ErrorCode(await ApiClient.ReadAsync(response)));
    }
}
