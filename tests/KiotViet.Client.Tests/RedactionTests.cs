using KiotViet.Auth;
using Xunit;

namespace KiotViet.Client.Tests;

public class RedactionTests
{
    private const string FieldError = "{\"responseStatus\":{\"errorCode\":\"KvValidateException\",\"message\":\"Số điện thoại không hợp lệ\",\"errors\":[{\"errorCode\":\"Invalid\",\"fieldName\":\"contactNumber\",\"message\":\"Sai\"}]}}";

    /// <summary>Everything that may never be shown: the secret, every token handed out, and any bearer header value.</summary>
    private static IEnumerable<string> Secrets(FakeApi api) =>
        new[] { FakeApi.Secret, "Bearer " }.Concat(api.IssuedTokens).Concat(api.IssuedTokens.Select(t => t.Split('.')[1]));

    private static void AssertClean(string text, FakeApi api)
    {
        foreach (var secret in Secrets(api))
        {
            Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Verbose_and_debug_lines_never_show_the_secret_a_token_or_the_authorization_header()
    {
        var calls = 0;
        var api = new FakeApi
        {
            Api = (request, _) => Task.FromResult(Interlocked.Increment(ref calls) switch
            {
                1 => FakeApi.Status(401),
                2 => FakeApi.Status(503),
                _ when request.Method == HttpMethod.Post => FakeApi.Json(System.Net.HttpStatusCode.BadRequest, FieldError),
                _ => FakeApi.Ok(FakeApi.PageJson(new long[] { 1 }, 1)),
            }),
        };
        using var connection = api.Connect();
        var observer = new RecordingObserver();
        using (RequestObservation.Observe(observer))
        {
            await connection.ConnectAsync(CancellationToken.None);
            Assert.Single(connection.Customers.List(new CustomerQuery(), new PageRequest(), CancellationToken.None));
            await Assert.ThrowsAsync<KiotVietApiException>(() => connection.Customers.CreateAsync(new CustomerDraft { Name = "Đỗ Hùng" }, CancellationToken.None));
        }

        Assert.Equal(2, api.IssuedTokens.Count);
        Assert.Contains(observer.Lines, l => l.StartsWith("DEBUG:") && l.Contains("Authorization: [redacted]"));
        Assert.Contains(observer.Lines, l => l.StartsWith("WAIT"));
        Assert.Contains(observer.Lines, l => l.Contains("token"));
        Assert.All(observer.Lines, line => AssertClean(line, api));
    }

    public static TheoryData<string> Failures => new() { "invalid_client", "refused twice", "server error", "timeout", "cut off", "field error" };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task Exceptions_never_show_the_secret_or_a_token(string failure)
    {
        var api = new FakeApi();
        switch (failure)
        {
            case "invalid_client":
                api.Token = _ => FakeApi.Json(System.Net.HttpStatusCode.BadRequest, "{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}");
                break;
            case "refused twice":
                api.Respond(() => FakeApi.Status(401));
                break;
            case "server error":
                api.Respond(() => FakeApi.Status(500));
                break;
            case "timeout":
                api.Api = async (_, ct) => { await Task.Delay(Timeout.Infinite, ct); return FakeApi.Status(200); };
                break;
            case "cut off":
                api.Respond(() => FakeApi.Ok("{\"id\":1,\"name\":\"Ng"));
                break;
            default:
                api.Respond(() => FakeApi.Json((System.Net.HttpStatusCode)420, FieldError));
                break;
        }

        using var connection = api.Connect(o =>
        {
            o.MaxRetries = 1;
            o.RequestTimeout = TimeSpan.FromMilliseconds(100);
        });

        var error = await Assert.ThrowsAsync<KiotVietApiException>(() => connection.Customers.CreateAsync(new CustomerDraft { Name = "Bùi Lan" }, CancellationToken.None));

        AssertClean(error.ToString(), api);
        AssertClean(error.Message, api);
    }

    [Fact]
    public void To_string_shows_neither_the_secret_nor_the_token()
    {
        var secret = new ClientSecret(FakeApi.Secret);
        var token = new AccessToken(FakeApi.TokenValue(7), DateTimeOffset.UtcNow.AddHours(1));
        using var connection = new FakeApi().Connect(o => o.ClientSecret = secret);

        Assert.DoesNotContain(FakeApi.Secret, secret.ToString());
        Assert.DoesNotContain(FakeApi.Secret, connection.ToString());
        Assert.Contains(connection.Retailer, connection.ToString());
        Assert.DoesNotContain(FakeApi.TokenValue(7), token.ToString());
        Assert.DoesNotContain("access-token-number", token.ToString());
    }
}
