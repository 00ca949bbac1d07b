using System.Net;
using System.Net.Sockets;
using System.Security.Authentication;
using Xunit;

namespace KiotViet.Client.Tests;

/// <summary>Connection problems that a retry cannot fix fail at once, and every message points at what to check.</summary>
public class ConnectionProblemTests
{
    private static Task<Customer> Get(KiotVietConnection connection) => connection.Customers.GetAsync(1, CancellationToken.None);

    private static Func<HttpResponseMessage> Throws(Exception exception) => () => throw exception;

    [Fact]
    public async Task A_refused_connection_says_nothing_listens_there_and_is_not_retried()
    {
        var api = new FakeApi().Respond(Throws(new HttpRequestException("Connection refused (127.0.0.1:9)", new SocketException((int)SocketError.ConnectionRefused))));
        using var connection = api.Connect();

        var error = await Assert.ThrowsAsync<KiotVietApiException>(() => Get(connection));

        Assert.Equal(KiotVietErrorKind.Transport, error.Kind);
        Assert.Contains("Nothing listens at http://127.0.0.1:9", error.Message);
        Assert.Single(api.Requests);
    }

    [Fact]
    public async Task A_refused_connection_after_the_server_answered_is_a_restart_and_is_retried()
    {
        var refused = Throws(new HttpRequestException("Connection refused (127.0.0.1:9)", new SocketException((int)SocketError.ConnectionRefused)));
        var api = new FakeApi().Respond(() => FakeApi.Ok(FakeApi.CustomerJson(1)), refused, refused, () => FakeApi.Ok(FakeApi.CustomerJson(1)));
        using var connection = api.Connect();

        await Get(connection);
        var again = await Get(connection);

        Assert.Equal(1, again.Id);
        Assert.Equal(4, api.Requests.Count(r => r.Uri.AbsolutePath.StartsWith("/customers", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_failed_tls_handshake_names_the_inner_cause_and_is_not_retried()
    {
        var inner = new AuthenticationException("Cannot determine the frame size or a corrupted frame was received.");
        var api = new FakeApi().Respond(Throws(new HttpRequestException("The SSL connection could not be established, see inner exception.", inner)));
        using var connection = api.Connect();

        var error = await Assert.ThrowsAsync<KiotVietApiException>(() => Get(connection));

        Assert.Contains("corrupted frame", error.Message);
        Assert.Contains("use http:// instead of https://", error.Message);
        Assert.Single(api.Requests);
    }

    [Fact]
    public async Task Other_connection_failures_show_the_innermost_cause_and_are_retried()
    {
        var api = new FakeApi().Respond(Throws(new HttpRequestException("An error occurred while sending the request.", new IOException("Unable to read data from the transport connection: reset by peer."))), () => FakeApi.Ok(FakeApi.CustomerJson(1)));
        using var connection = api.Connect();

        var customer = await Get(connection);

        Assert.Equal(1, customer.Id);
        Assert.Equal(2, api.Requests.Count);
    }

    [Theory]
    [InlineData(404, "<html><body>Not Found</body></html>")]
    [InlineData(405, "")]
    [InlineData(400, "<!DOCTYPE html><html>Bad Request</html>")]
    [InlineData(200, "<!DOCTYPE html><html>Welcome</html>")]
    [InlineData(200, "{\"hello\":\"world\"}")]
    public async Task A_token_url_that_is_not_a_token_endpoint_is_reported_as_a_wrong_url_not_as_refused_credentials(int status, string body)
    {
        var api = new FakeApi { Token = _ => new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent(body) } };
        using var connection = api.Connect();

        var error = await Assert.ThrowsAsync<KiotVietApiException>(() => Get(connection));

        Assert.Equal(KiotVietErrorKind.InvalidResponse, error.Kind);
        Assert.Contains("does not look like a token endpoint", error.Message);
        Assert.Contains("-TokenUri", error.Message);
        Assert.DoesNotContain("refused the client id", error.Message);
        Assert.Single(api.TokenRequests);
    }

    [Fact]
    public async Task Credentials_refused_in_a_json_error_are_still_reported_as_refused_credentials()
    {
        var api = new FakeApi { Token = _ => FakeApi.Json(HttpStatusCode.BadRequest, "{\"error\":\"invalid_client\"}") };
        using var connection = api.Connect();

        var error = await Assert.ThrowsAsync<KiotVietApiException>(() => Get(connection));

        Assert.Equal(KiotVietErrorKind.Authentication, error.Kind);
        Assert.Contains("refused the client id", error.Message);
    }

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(0, -1)]
    public void Negative_retry_delays_are_refused(int initialSeconds, int maxSeconds)
    {
        var options = FakeApi.Options();
        options.InitialRetryDelay = TimeSpan.FromSeconds(initialSeconds);
        options.MaxRetryDelay = TimeSpan.FromSeconds(maxSeconds);

        Assert.Throws<ArgumentException>(() => options.Validate());
    }

    [Fact]
    public void A_relative_api_address_is_refused_with_an_example_not_a_crash()
    {
        var options = FakeApi.Options();
        options.ApiBaseUri = new Uri("api/v1", UriKind.Relative);

        var error = Assert.Throws<ArgumentException>(() => options.Validate());

        Assert.Contains("must be an absolute URI", error.Message);
    }
}
