using System.Net;
using System.Net.Http.Headers;
using KiotViet.Http;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace KiotViet.Client.Tests;

public class RetryTests
{
    private static readonly TimeSpan Promptly = TimeSpan.FromSeconds(5);

    private static HttpResponseMessage Found() => FakeApi.Ok(FakeApi.CustomerJson(1));

    private static HttpResponseMessage TooManyRequests(RetryConditionHeaderValue retryAfter)
    {
        var response = FakeApi.Status(429);
        response.Headers.RetryAfter = retryAfter;
        return response;
    }

    private static Func<HttpResponseMessage> Throws(Exception exception) => () => throw exception;

    private static HttpRequestException Refused() => new(HttpRequestError.ConnectionError, "Connection refused (127.0.0.1:9)");

    private static HttpRequestException Dropped() => new(HttpRequestError.ResponseEnded, "The response ended prematurely.");

    private static Task<Customer> Create(KiotVietConnection connection) =>
        connection.Customers.CreateAsync(new CustomerDraft { Name = "Lê Thị Hoa" }, CancellationToken.None);

    /// <summary>Answers the first request only when it is cancelled (a server that never answers), then with a customer.</summary>
    private static FakeApi SilentThenCustomer()
    {
        var calls = 0;
        return new FakeApi
        {
            Api = async (_, ct) =>
            {
                if (Interlocked.Increment(ref calls) == 1)
                {
                    await Task.Delay(Timeout.Infinite, ct);
                }

                return Found();
            },
        };
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Server_errors_on_a_get_are_retried_until_it_succeeds(int status)
    {
        var api = new FakeApi().Respond(() => FakeApi.Status(status), () => FakeApi.Status(status), Found);
        using var connection = api.Connect();

        var customer = await connection.Customers.GetAsync(1, CancellationToken.None);

        Assert.Equal(1, customer.Id);
        Assert.Equal(3, api.Requests.Count);
    }

    [Fact]
    public async Task Exhausted_retries_give_a_server_error_that_says_how_often_it_tried()
    {
        var api = new FakeApi().Respond(() => FakeApi.Status(503));
        using var connection = api.Connect(o => o.MaxRetries = 2);

        var error = await Assert.ThrowsAsync<KiotVietApiException>(() => connection.Customers.GetAsync(1, CancellationToken.None));

        Assert.Equal(KiotVietErrorKind.ServerError, error.Kind);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Contains("2 retries", error.Message);
        Assert.Equal(3, api.Requests.Count);
    }

    [Fact]
    public async Task A_429_is_retried_and_succeeds()
    {
        var api = new FakeApi().Respond(() => FakeApi.Status(429), Found);
        using var connection = api.Connect();

        var customer = await connection.Customers.GetAsync(1, CancellationToken.None);

        Assert.Equal(1, customer.Id);
        Assert.Equal(2, api.Requests.Count);
    }

    [Fact]
    public async Task Retry_after_in_seconds_is_honoured()
    {
        var (waits, api) = await WaitAfter(new RetryConditionHeaderValue(TimeSpan.FromSeconds(120)));

        Assert.Equal(TimeSpan.FromSeconds(120), Assert.Single(waits));
        Assert.Single(api.Requests);
    }

    [Fact]
    public async Task Retry_after_as_an_http_date_is_honoured()
    {
        var (waits, api) = await WaitAfter(new RetryConditionHeaderValue(DateTimeOffset.UtcNow.AddSeconds(90)));

        var wait = Assert.Single(waits);
        Assert.InRange(wait, TimeSpan.FromSeconds(80), TimeSpan.FromSeconds(91));
        Assert.Single(api.Requests);
    }

    [Fact]
    public void Retry_after_as_a_date_is_measured_against_the_clock()
    {
        var now = new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);
        var policy = new RetryPolicy(3, TimeSpan.FromMinutes(10), TimeSpan.FromMilliseconds(1), TimeSpan.FromMinutes(5), new FakeTimeProvider(now));

        Assert.Equal(TimeSpan.FromSeconds(30), policy.DelayFor(0, new RetryConditionHeaderValue(now.AddSeconds(30))));
        Assert.Equal(TimeSpan.Zero, policy.DelayFor(0, new RetryConditionHeaderValue(now.AddSeconds(-30))));
    }

    [Fact]
    public async Task A_waiting_retry_after_a_429_succeeds_once_the_wait_is_over()
    {
        var api = new FakeApi().Respond(() => TooManyRequests(new RetryConditionHeaderValue(TimeSpan.FromSeconds(1))), Found);
        using var connection = api.Connect();
        var observer = new RecordingObserver();
        using var _ = RequestObservation.Observe(observer);

        var customer = await connection.Customers.GetAsync(1, CancellationToken.None);

        Assert.Equal(1, customer.Id);
        Assert.Equal(TimeSpan.FromSeconds(1), Assert.Single(observer.Waits).Delay);
    }

    [Fact]
    public async Task A_retry_after_longer_than_allowed_fails_at_once()
    {
        var api = new FakeApi().Respond(() => TooManyRequests(new RetryConditionHeaderValue(TimeSpan.FromSeconds(600))));
        using var connection = api.Connect(o => o.MaxRetryDelay = TimeSpan.FromSeconds(10));

        var error = await Assert.ThrowsAsync<KiotVietApiException>(() => connection.Customers.GetAsync(1, CancellationToken.None)).WaitAsync(Promptly);

        Assert.Equal(KiotVietErrorKind.RateLimited, error.Kind);
        Assert.Contains("600 s", error.Message);
        Assert.Single(api.Requests);
    }

    [Theory]
    [InlineData(400, KiotVietErrorKind.Validation)]
    [InlineData(404, KiotVietErrorKind.NotFound)]
    [InlineData(420, KiotVietErrorKind.Validation)]
    public async Task Client_errors_are_not_retried(int status, KiotVietErrorKind kind)
    {
        var api = new FakeApi().Respond(() => FakeApi.Status(status), Found);
        using var connection = api.Connect();

        var error = await Assert.ThrowsAsync<KiotVietApiException>(() => connection.Customers.GetAsync(1, CancellationToken.None));

        Assert.Equal(kind, error.Kind);
        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Single(api.Requests);
    }

    [Fact]
    public async Task A_create_is_sent_again_after_a_429()
    {
        var api = new FakeApi().Respond(() => FakeApi.Status(429), Found);
        using var connection = api.Connect();

        var customer = await Create(connection);

        Assert.Equal(1, customer.Id);
        Assert.Equal(2, api.Requests.Count);
    }

    [Fact]
    public async Task A_create_is_sent_again_after_the_connection_was_refused_before_sending()
    {
        var api = new FakeApi().Respond(Throws(Refused()), Found);
        using var connection = api.Connect();

        var customer = await Create(connection);

        Assert.Equal(1, customer.Id);
        Assert.Equal(2, api.Requests.Count);
    }

    [Fact]
    public async Task A_get_whose_answer_is_cut_off_is_retried()
    {
        var api = new FakeApi().Respond(() => FakeApi.Ok("{\"id\":1,\"na"), Found);
        using var connection = api.Connect();

        var customer = await connection.Customers.GetAsync(1, CancellationToken.None);

        Assert.Equal("Nguyễn Văn 1", customer.Name);
        Assert.Equal(2, api.Requests.Count);
    }

    [Fact]
    public async Task A_get_that_times_out_is_retried()
    {
        var api = SilentThenCustomer();
        using var connection = api.Connect(o => o.RequestTimeout = TimeSpan.FromMilliseconds(200));

        var customer = await connection.Customers.GetAsync(1, CancellationToken.None).WaitAsync(Promptly);

        Assert.Equal(1, customer.Id);
        Assert.Equal(2, api.Requests.Count);
    }

    [Fact]
    public async Task A_server_that_never_answers_gives_a_timeout_error()
    {
        var api = new FakeApi { Api = async (_, ct) => { await Task.Delay(Timeout.Infinite, ct); return Found(); } };
        using var connection = api.Connect(o =>
        {
            o.RequestTimeout = TimeSpan.FromMilliseconds(100);
            o.MaxRetries = 1;
        });

        var error = await Assert.ThrowsAsync<KiotVietApiException>(() => connection.Customers.GetAsync(1, CancellationToken.None)).WaitAsync(Promptly);

        Assert.Equal(KiotVietErrorKind.Timeout, error.Kind);
        Assert.Contains("did not answer", error.Message);
        Assert.Equal(2, api.Requests.Count);
    }

    /// <summary>Sends a GET that gets a 429 with the given Retry-After, records the wait the client announces, and cancels it.</summary>
    private static async Task<(List<TimeSpan> Waits, FakeApi Api)> WaitAfter(RetryConditionHeaderValue retryAfter)
    {
        var api = new FakeApi().Respond(() => TooManyRequests(retryAfter), Found);
        using var connection = api.Connect();
        using var cts = new CancellationTokenSource();
        var observer = new RecordingObserver { OnWait = _ => cts.Cancel() };
        using (RequestObservation.Observe(observer))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => connection.Customers.GetAsync(1, cts.Token)).WaitAsync(Promptly);
        }

        return (observer.Waits.Select(w => w.Delay).ToList(), api);
    }
}
