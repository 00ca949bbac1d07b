using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Xunit;

namespace KiotViet.Client.Tests;

/// <summary>
/// Transient failures are retried for a window of time, not a count of tries; retries of every layer under one
/// operation draw from one patience, so they never multiply. Time is the fake's own clock: no test waits.
/// </summary>
public sealed class PatienceTests
{
    private static HttpResponseMessage Found() => FakeApi.Ok(FakeApi.CustomerJson(1));

    private static HttpResponseMessage NoCustomers() => FakeApi.Ok("{\"total\":0,\"pageSize\":100,\"data\":[]}");

    private static Task<Customer> Create(KiotVietConnection connection) =>
        connection.Customers.CreateAsync(new CustomerDraft { Name = "Lê Thị Hoa" }, CancellationToken.None);

    /// <summary>The connection's own settings, as Connect-KiotViet gives them without parameters.</summary>
    private static void Defaults(KiotVietConnectionOptions options)
    {
        var defaults = new KiotVietConnectionOptions();
        options.RetryWindow = defaults.RetryWindow;
        options.MaxRetries = defaults.MaxRetries;
        options.InitialRetryDelay = defaults.InitialRetryDelay;
        options.MaxRetryDelay = defaults.MaxRetryDelay;
    }

    /// <summary>Answers with <paramref name="failure"/> while the outage lasts (by the fake's clock), then as <paramref name="after"/>.</summary>
    private static FakeApi Outage(TimeSpan length, Func<HttpResponseMessage> failure, Func<RecordedRequest, HttpResponseMessage> after)
    {
        var api = new FakeApi();
        api.Api = (request, _) => Task.FromResult(api.Clock.Elapsed < length ? failure() : after(request));
        return api;
    }

    [Theory]
    [InlineData(503)]
    [InlineData(502)]
    [InlineData(500)]
    public async Task A_two_minute_outage_is_waited_out_with_the_default_settings(int status)
    {
        var api = Outage(TimeSpan.FromMinutes(2), () => FakeApi.Status(status), _ => Found());
        using var connection = api.Connect(Defaults);

        var customer = await connection.Customers.GetAsync(1, CancellationToken.None);

        Assert.Equal(1, customer.Id);
        Assert.InRange(api.Clock.Elapsed, TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(2) + RetryBackoffCap);
        Assert.InRange(api.Requests.Count, 6, 14); // 1, 2, 4, 8, 16 s (with jitter down to half), then every 15 to 30 s
    }

    [Fact]
    public async Task Connections_refused_by_an_address_that_answered_before_are_waited_out()
    {
        var answered = 0;
        var api = new FakeApi();
        api.Api = (_, _) =>
        {
            if (Interlocked.Increment(ref answered) > 1 && api.Clock.Elapsed < TimeSpan.FromSeconds(90))
            {
                throw new HttpRequestException("Connection refused (127.0.0.1:9)", new SocketException((int)SocketError.ConnectionRefused));
            }

            return Task.FromResult(Found());
        };
        using var connection = api.Connect(Defaults);

        await connection.Customers.GetAsync(1, CancellationToken.None);
        var customer = await connection.Customers.GetAsync(1, CancellationToken.None);

        Assert.Equal(1, customer.Id);
        Assert.True(api.Clock.Elapsed >= TimeSpan.FromSeconds(90));
    }

    [Fact]
    public async Task An_outage_longer_than_the_window_ends_saying_how_long_it_was_tried()
    {
        var api = new FakeApi().Respond(() => FakeApi.Status(503));
        using var connection = api.Connect(o =>
        {
            Defaults(o);
            o.RetryWindow = TimeSpan.FromMinutes(3);
        });

        var error = await Assert.ThrowsAsync<KiotVietApiException>(() => connection.Customers.GetAsync(1, CancellationToken.None));

        Assert.Equal(KiotVietErrorKind.ServerError, error.Kind);
        Assert.Matches(@"Gave up after \d+ retries in 3 min\.", error.Message);
        Assert.Equal(TimeSpan.FromMinutes(3), api.Clock.Elapsed); // the last try goes when the window closes
    }

    [Fact]
    public async Task Each_wait_says_how_long_KiotViet_has_been_unavailable_and_when_it_tries_next()
    {
        var api = Outage(TimeSpan.FromSeconds(90), () => FakeApi.Status(503), _ => Found());
        using var connection = api.Connect(Defaults);
        var observer = new RecordingObserver();
        using var observing = RequestObservation.Observe(observer);

        await connection.Customers.GetAsync(1, CancellationToken.None);

        var reasons = observer.Waits.Select(w => w.Reason).ToList();
        Assert.All(reasons, r => Assert.Matches(@"^KiotViet unavailable \(503\) for (\d+ s|1 min( \d+ s)?); next try in \d+ s: GET /customers/1, retry \d+$", r));
        Assert.StartsWith("KiotViet unavailable (503) for 0 s; next try in 1 s", reasons[0]);
        Assert.Contains(reasons, r => r.Contains("for 1 min"));
    }

    [Fact]
    public async Task A_count_of_retries_still_fails_fast()
    {
        var api = new FakeApi().Respond(() => FakeApi.Status(503));
        using var connection = api.Connect(o => o.MaxRetries = 0);

        var error = await Assert.ThrowsAsync<KiotVietApiException>(() => connection.Customers.GetAsync(1, CancellationToken.None));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Single(api.Requests);
        Assert.Equal(TimeSpan.Zero, api.Clock.Elapsed);
    }

    [Fact]
    public async Task One_lost_answer_costs_at_most_the_write_one_lookup_and_one_resend()
    {
        var posts = 0;
        var api = new FakeApi();
        api.Api = (request, _) => Task.FromResult(
            request.Method == HttpMethod.Get ? NoCustomers()
            : Interlocked.Increment(ref posts) == 1 ? FakeApi.Status(502)
            : FakeApi.Ok("{\"message\":\"ok\",\"data\":" + FakeApi.CustomerJson(7) + "}"));
        using var connection = api.Connect(Defaults);

        var customer = await Create(connection);

        Assert.Equal(7, customer.Id);
        Assert.Equal(new[] { "POST", "GET", "POST" }, api.Requests.Select(r => r.Method.Method));
    }

    [Fact]
    public async Task A_write_whose_every_answer_is_lost_costs_at_most_two_requests_per_try()
    {
        // Worst case (docs/design.md, "The write rule"): each send lost, each lookup answered "not there": 2 × (MaxRetries + 1).
        var api = new FakeApi();
        api.Api = (request, _) => request.Method == HttpMethod.Get
            ? Task.FromResult(NoCustomers())
            : throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely.");
        using var connection = api.Connect(o => o.MaxRetries = 3);

        var error = await Assert.ThrowsAsync<KiotVietApiException>(() => Create(connection));

        Assert.False(error.MayHaveBeenApplied);
        Assert.Contains("sent 4 times", error.Message);
        Assert.Equal(8, api.Requests.Count);
        Assert.Equal(4, api.Requests.Count(r => r.Method == HttpMethod.Post));
    }

    [Fact]
    public async Task A_lookup_that_keeps_failing_draws_from_the_same_retries_as_the_write()
    {
        var api = new FakeApi();
        api.Api = (request, _) => request.Method == HttpMethod.Get
            ? Task.FromResult(FakeApi.Status(503))
            : throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely.");
        using var connection = api.Connect(o => o.MaxRetries = 3);

        var error = await Assert.ThrowsAsync<KiotVietApiException>(() => Create(connection));

        Assert.True(error.MayHaveBeenApplied);
        Assert.Contains("outcome of the create of customer 'Lê Thị Hoa' is unknown", error.Message);
        Assert.Equal(1 + 4, api.Requests.Count); // the write, then the lookup and its 3 retries: nothing nested
    }

    [Fact]
    public async Task A_token_endpoint_that_keeps_failing_is_not_retried_again_by_the_request_that_needed_the_token()
    {
        var api = new FakeApi { Token = _ => FakeApi.Status(503) }.Respond(Found);
        using var connection = api.Connect(o => o.MaxRetries = 2);

        var error = await Assert.ThrowsAsync<KiotVietApiException>(() => connection.Customers.GetAsync(1, CancellationToken.None));

        Assert.Contains("Gave up after 2 retries", error.Message);
        Assert.Equal(3, api.TokenRequests.Count);
        Assert.Empty(api.Requests);
    }

    [Fact]
    public async Task A_refusal_is_not_transient_and_concerns_one_item_while_a_refused_token_concerns_the_run()
    {
        var api = new FakeApi().Respond(() => FakeApi.Status(420));
        using var connection = api.Connect();
        var refused = await Assert.ThrowsAsync<KiotVietApiException>(() => connection.Customers.GetAsync(1, CancellationToken.None));

        var noAccess = new FakeApi().Respond(() => FakeApi.Status(403));
        using var other = noAccess.Connect();
        var denied = await Assert.ThrowsAsync<KiotVietApiException>(() => other.Customers.GetAsync(1, CancellationToken.None));

        Assert.False(refused.IsTransient);
        Assert.False(refused.MayHaveBeenApplied);
        Assert.False(refused.ConcernsRun);
        Assert.True(denied.ConcernsRun);
        Assert.Single(api.Requests);
    }

    private static readonly TimeSpan RetryBackoffCap = TimeSpan.FromSeconds(30);
}
