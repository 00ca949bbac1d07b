using System.Net;
using Xunit;

namespace KiotViet.Client.Tests;

public class AuthTests
{
    private const string TokenException = "{\"responseStatus\":{\"errorCode\":\"TokenException\",\"message\":\"Token không hợp lệ\"}}";

    private static HttpResponseMessage Found() => FakeApi.Ok(FakeApi.CustomerJson(1));

    private static Task<Customer> Get(KiotVietConnection connection) => connection.Customers.GetAsync(1, CancellationToken.None);

    [Fact]
    public async Task A_token_is_fetched_once_and_reused_with_the_retailer_header()
    {
        var api = new FakeApi().Respond(Found);
        using var connection = api.Connect();

        for (var i = 0; i < 3; i++)
        {
            await Get(connection);
        }

        Assert.Single(api.TokenRequests);
        Assert.All(api.Requests, r =>
        {
            Assert.Equal("Bearer " + FakeApi.TokenValue(1), r.Authorization);
            Assert.Equal(connection.Retailer, r.Retailer);
        });
        Assert.Equal(3, api.Requests.Count);
    }

    [Fact]
    public async Task Many_concurrent_requests_trigger_exactly_one_token_request()
    {
        var api = new FakeApi { TokenDelay = TimeSpan.FromMilliseconds(200) }.Respond(Found);
        using var connection = api.Connect();

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => Get(connection))));

        Assert.Single(api.TokenRequests);
        Assert.Equal(20, api.Requests.Count);
    }

    [Theory]
    [InlineData(401, "")]
    [InlineData(400, TokenException)]
    [InlineData(200, TokenException)]
    public async Task A_refused_token_is_renewed_once_and_the_request_replayed(int status, string body)
    {
        var api = new FakeApi().Respond(() => FakeApi.Json((HttpStatusCode)status, body), Found);
        using var connection = api.Connect();

        var customer = await Get(connection);

        Assert.Equal(1, customer.Id);
        Assert.Equal(2, api.TokenRequests.Count);
        Assert.Equal(new[] { FakeApi.TokenValue(1), FakeApi.TokenValue(2) }.Select(t => "Bearer " + t), api.Requests.Select(r => r.Authorization));
    }

    [Fact]
    public async Task A_create_refused_for_its_token_is_replayed_with_a_fresh_one()
    {
        var api = new FakeApi().Respond(() => FakeApi.Status(401), Found);
        using var connection = api.Connect();

        var customer = await connection.Customers.CreateAsync(new CustomerDraft { Name = "Phạm Minh" }, CancellationToken.None);

        Assert.Equal(1, customer.Id);
        Assert.Equal(2, api.Requests.Count(r => r.Method == HttpMethod.Post));
        Assert.Equal(api.Requests.First().Body, api.Requests.Last().Body);
    }

    [Theory]
    [InlineData(401, "")]
    [InlineData(400, TokenException)]
    public async Task A_second_refusal_is_an_authentication_error_naming_the_retailer(int status, string body)
    {
        var api = new FakeApi().Respond(() => FakeApi.Json((HttpStatusCode)status, body));
        using var connection = api.Connect();

        var error = await Assert.ThrowsAsync<KiotVietApiException>(() => Get(connection));

        Assert.Equal(KiotVietErrorKind.Authentication, error.Kind);
        Assert.Contains($"'{connection.Retailer}'", error.Message);
        Assert.Equal(2, api.Requests.Count);
        Assert.Equal(2, api.TokenRequests.Count);
    }

    [Fact]
    public async Task The_token_request_sends_the_client_credentials_form()
    {
        var api = new FakeApi().Respond(Found);
        using var connection = api.Connect(o => o.Scope = null);

        await Get(connection);

        var request = Assert.Single(api.TokenRequests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("PublicApi.Access", request.Form("scopes"));
        Assert.Equal("client_credentials", request.Form("grant_type"));
        Assert.Equal(FakeApi.ClientId, request.Form("client_id"));
        Assert.Equal(FakeApi.Secret, request.Form("client_secret"));
        Assert.Null(request.Authorization);
    }

    [Fact]
    public async Task Fnb_asks_for_its_own_scope()
    {
        var api = new FakeApi().Respond(Found);
        using var connection = api.Connect(o => o.Edition = KiotVietEdition.FnB);

        await Get(connection);

        Assert.Equal("PublicApi.Access.FNB", Assert.Single(api.TokenRequests).Form("scopes"));
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    public async Task A_wrong_secret_fails_on_connect_with_a_clear_authentication_error_and_no_retry(int status)
    {
        var api = new FakeApi { Token = _ => FakeApi.Json((HttpStatusCode)status, "{\"error\":\"invalid_client\"}") }.Respond(Found);
        using var connection = api.Connect();

        var error = await Assert.ThrowsAsync<KiotVietApiException>(() => connection.ConnectAsync(CancellationToken.None));

        Assert.Equal(KiotVietErrorKind.Authentication, error.Kind);
        Assert.Equal("invalid_client", error.ErrorCode);
        Assert.Contains("client id or client secret", error.Message);
        Assert.Single(api.TokenRequests);
        Assert.Empty(api.Requests);
        Assert.Null(connection.ConnectedAt);
    }

    [Fact]
    public async Task Connect_fetches_a_token_and_probes_with_one_tiny_request()
    {
        var api = new CustomerStore(500).Serve(new FakeApi());
        using var connection = api.Connect();

        await connection.ConnectAsync(CancellationToken.None);

        Assert.NotNull(connection.ConnectedAt);
        Assert.NotNull(connection.TokenExpiresAt);
        Assert.Single(api.TokenRequests);
        Assert.Equal(1, Assert.Single(api.Requests).PageSize);
    }

    [Fact]
    public async Task A_token_is_renewed_before_it_expires()
    {
        var api = new FakeApi { TokenLifetimeSeconds = 600 }.Respond(Found);
        using var connection = api.Connect(o => o.TokenRefreshMargin = TimeSpan.FromMinutes(1));

        await Get(connection);
        var expiresAt = connection.TokenExpiresAt!.Value;
        api.Clock.Advance(TimeSpan.FromMinutes(8));
        Assert.NotNull(connection.TokenExpiresAt);
        api.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(connection.TokenExpiresAt);
        Assert.True(api.Clock.GetUtcNow() < expiresAt, "the token was kept until it expired");
        await Get(connection);

        Assert.Equal(2, api.TokenRequests.Count);
        Assert.Equal("Bearer " + FakeApi.TokenValue(2), api.Requests.Last().Authorization);
    }

    [Fact]
    public void A_token_refused_in_the_middle_of_a_listing_with_pages_in_flight_is_renewed_once()
    {
        var store = new CustomerStore(600);
        var api = new FakeApi();
        api.Api = (request, _) => Task.FromResult(
            request.Offset >= 100 && request.Authorization!.EndsWith(FakeApi.TokenValue(1)) ? FakeApi.Status(401) : store.Answer(request));
        using var connection = api.Connect(o => o.PageReadAhead = 4);

        var ids = connection.Customers.List(new CustomerQuery(), new PageRequest(), CancellationToken.None).Select(c => c.Id).ToList();

        Assert.Equal(Enumerable.Range(1, 600).Select(i => (long)i), ids);
        Assert.Equal(2, api.TokenRequests.Count);
    }

    [Fact]
    public async Task A_token_endpoint_that_fails_for_a_moment_is_retried()
    {
        var api = new FakeApi
        {
            Token = n => n == 1
                ? FakeApi.Status(503)
                : FakeApi.Ok("{\"access_token\":\"" + FakeApi.TokenValue(n) + "\",\"expires_in\":3600}"),
        }.Respond(Found);
        using var connection = api.Connect();

        await Get(connection);

        Assert.Equal(2, api.TokenRequests.Count);
        Assert.Equal("Bearer " + FakeApi.TokenValue(2), Assert.Single(api.Requests).Authorization);
    }
}
