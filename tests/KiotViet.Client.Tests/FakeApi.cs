using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace KiotViet.Client.Tests;

/// <summary>
/// A scripted KiotViet: answers the token endpoint itself (counting and recording token requests) and hands every
/// API request to <see cref="Api"/>. Records what was sent, and how many API requests were in flight at once.
/// </summary>
internal sealed class FakeApi : HttpMessageHandler
{
    public const string Secret = "Sup3r-S3cret-Client-Value";
    public const string ClientId = "client-id-42";
    public static readonly Uri BaseUri = new("http://127.0.0.1:9/");
    public static readonly Uri TokenUri = new("http://127.0.0.1:9/connect/token");

    private static int shops;
    private int tokensIssued;
    private int inFlight;
    private int maxInFlight;

    /// <summary>Answers API (non-token) requests. Defaults to 404.</summary>
    public Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> Api { get; set; } =
        (_, _) => Task.FromResult(Json(HttpStatusCode.NotFound, "{}"));

    /// <summary>Answers the nth token request (1-based); defaults to a fresh token with <see cref="TokenLifetimeSeconds"/>.</summary>
    public Func<int, HttpResponseMessage>? Token { get; set; }

    public int TokenLifetimeSeconds { get; set; } = 3600;

    /// <summary>How long the token endpoint takes to answer.</summary>
    public TimeSpan TokenDelay { get; set; }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public ConcurrentQueue<RecordedRequest> TokenRequests { get; } = new();

    public int MaxInFlight => Volatile.Read(ref maxInFlight);

    /// <summary>Every access token value handed out so far.</summary>
    public List<string> IssuedTokens { get; } = new();

    public static string TokenValue(int n) => $"eyJhbGciOi.access-token-number-{n}.signature";

    /// <summary>Answers the API requests in turn; the last answer repeats.</summary>
    public FakeApi Respond(params Func<HttpResponseMessage>[] answers)
    {
        var count = 0;
        Api = (_, _) =>
        {
            var n = Interlocked.Increment(ref count) - 1;
            return Task.FromResult(answers[Math.Min(n, answers.Length - 1)]());
        };
        return this;
    }

    /// <summary>The engine's clock for the connections this fake makes: waits (back-off, Retry-After, budget) take no real time.</summary>
    public JumpingClock Clock { get; } = new();

    public KiotVietConnection Connect(Action<KiotVietConnectionOptions>? configure = null) => Connect(configure, Clock);

    /// <summary>A connection on a clock the test moves itself.</summary>
    public KiotVietConnection Connect(Action<KiotVietConnectionOptions>? configure, TimeProvider time)
    {
        var options = Options();
        configure?.Invoke(options);
        return new KiotVietConnection(options, this, time);
    }

    /// <summary>Options for a shop of its own, so that no two tests share a GET budget.</summary>
    public static KiotVietConnectionOptions Options() => new()
    {
        Retailer = "testshop" + Interlocked.Increment(ref shops),
        ClientId = ClientId,
        ClientSecret = new ClientSecret(Secret),
        ApiBaseUri = BaseUri,
        TokenUri = TokenUri,
        InitialRetryDelay = TimeSpan.FromMilliseconds(1),
        MaxRetryDelay = TimeSpan.FromMinutes(5),
        RequestTimeout = TimeSpan.FromSeconds(10),
    };

    public static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    public static HttpResponseMessage Ok(string json) => Json(HttpStatusCode.OK, json);

    public static HttpResponseMessage Status(int status) => Json((HttpStatusCode)status, "{}");

    public static string CustomerJson(long id) => $"{{\"id\":{id},\"code\":\"KH{id:000000}\",\"name\":\"Nguyễn Văn {id}\"}}";

    public static string PageJson(IEnumerable<long> ids, int total, string extra = "", int pageSize = 100, Func<long, string>? row = null) =>
        $"{{\"total\":{total},\"pageSize\":{pageSize},\"data\":[{string.Join(",", ids.Select(row ?? CustomerJson))}]{extra}}}";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(
            request.Method,
            request.RequestUri!,
            request.Headers.Authorization?.ToString(),
            request.Headers.TryGetValues("Retailer", out var retailer) ? retailer.Single() : null,
            body);

        if (request.RequestUri!.AbsolutePath == TokenUri.AbsolutePath)
        {
            TokenRequests.Enqueue(recorded);
            await Task.Delay(TokenDelay, cancellationToken);
            return IssueToken();
        }

        Requests.Enqueue(recorded);
        var now = Interlocked.Increment(ref inFlight);
        for (var max = MaxInFlight; now > max; max = MaxInFlight)
        {
            Interlocked.CompareExchange(ref maxInFlight, now, max);
        }

        try
        {
            return await Api(recorded, cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref inFlight);
        }
    }

    private HttpResponseMessage IssueToken()
    {
        var n = Interlocked.Increment(ref tokensIssued);
        if (Token is not null)
        {
            return Token(n);
        }

        lock (IssuedTokens)
        {
            IssuedTokens.Add(TokenValue(n));
        }

        return Ok($"{{\"access_token\":\"{TokenValue(n)}\",\"expires_in\":{TokenLifetimeSeconds},\"token_type\":\"Bearer\"}}");
    }
}

internal sealed record RecordedRequest(HttpMethod Method, Uri Uri, string? Authorization, string? Retailer, string? Body)
{
    /// <summary>A query parameter's decoded value, or null.</summary>
    public string? Query(string name) => Parameters(Uri.Query).TryGetValue(name, out var value) ? value : null;

    /// <summary>A form field of the body (token requests).</summary>
    public string? Form(string name) => Parameters(Body).TryGetValue(name, out var value) ? value : null;

    public long Offset => long.Parse(Query("currentItem") ?? "0");

    public int PageSize => int.Parse(Query("pageSize") ?? "20");

    private static Dictionary<string, string> Parameters(string? encoded) =>
        (encoded ?? "").TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p.Length > 1 ? p[1].Replace('+', ' ') : ""));
}

/// <summary>Collects everything the client reports, and can act when it is told about a wait.</summary>
internal sealed class RecordingObserver : IRequestObserver
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ConcurrentQueue<(TimeSpan Delay, string Reason)> Waits { get; } = new();

    public Action<TimeSpan>? OnWait { get; set; }

    public void Verbose(string message) => Lines.Enqueue("VERBOSE: " + message);

    public void Debug(string message) => Lines.Enqueue("DEBUG: " + message);

    public void Warning(string message) => Lines.Enqueue("WARNING: " + message);

    public void Waiting(TimeSpan delay, string reason)
    {
        Lines.Enqueue($"WAIT {delay}: {reason}");
        Waits.Enqueue((delay, reason));
        OnWait?.Invoke(delay);
    }
}
