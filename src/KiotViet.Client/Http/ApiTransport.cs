using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Auth;
using KiotViet.Errors;
using KiotViet.Json;

namespace KiotViet.Http;

/// <summary>
/// Sends API requests for one connection: paces GETs, attaches the Retailer header and a bearer token,
/// replays once with a fresh token when the token is refused, and retries through the RetryPolicy.
/// </summary>
internal sealed class ApiTransport
{
    private readonly HttpClient http;
    private readonly KiotVietConnectionOptions options;
    private readonly TokenProvider tokens;
    private readonly RetryPolicy retryPolicy;
    private readonly GetRequestBudget getBudget;
    private readonly AnsweredAddresses answered = new();

    public ApiTransport(HttpClient http, KiotVietConnectionOptions options, TokenProvider tokens, RetryPolicy retryPolicy, GetRequestBudget getBudget)
    {
        this.http = http;
        this.options = options;
        this.tokens = tokens;
        this.retryPolicy = retryPolicy;
        this.getBudget = getBudget;
        ServerClock = new ServerClock(retryPolicy.Time);
        Writes = new Writes.WriteCoordinator(ServerClock, retryPolicy);
    }

    public KiotVietConnectionOptions Options => options;

    /// <summary>KiotViet's clock, as its answers tell it.</summary>
    public ServerClock ServerClock { get; }

    /// <summary>Every write of this connection goes through it: see its rule.</summary>
    public Writes.WriteCoordinator Writes { get; }

    public Task<T> SendAsync<T>(ApiRequest request, Func<byte[], T> parse, CancellationToken cancellationToken) =>
        retryPolicy.RunAsync(request.ToString(), request.IsRepeatable, ct => AttemptAsync(request, parse, ct), cancellationToken);

    private async Task<T> AttemptAsync<T>(ApiRequest request, Func<byte[], T> parse, CancellationToken cancellationToken)
    {
        var result = await SendWithTokenAsync(request, cancellationToken).ConfigureAwait(false);
        if (!result.IsSuccess)
        {
            throw FailureClassifier.Answer(ErrorResponseReader.Read(request, result.Status, result.Body), result.RetryAfter);
        }

        try
        {
            return parse(result.Body);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or OverflowException or ArgumentException)
        {
            throw UnreadableAnswer(request, result, ex);
        }
    }

    /// <summary>A 2xx whose body cannot be read: cut off on the way, or whole but not what the API documents.</summary>
    private static KiotVietApiException UnreadableAnswer(ApiRequest request, ExchangeResult result, Exception ex)
    {
        if (JsonCompleteness.IsCutOff(result.Body))
        {
            return FailureClassifier.CutOff(request, result.Status, result.Body.Length, ex);
        }

        var where = ex is JsonException { Path: { Length: > 0 } path } ? $" at {path}" : "";
        var what = ex is JsonException && !StartsLikeJson(result.Body)
            ? $"is not JSON (it starts with '{JsonCompleteness.Preview(result.Body)}'); check -ApiBaseUri: it may point at a web page or a proxy instead of the API"
            : $"is not in the form the API documents{where}: {ex.Message}";
        return FailureClassifier.Unreadable(request, result.Status, what, ex);
    }

    private static bool StartsLikeJson(byte[] body)
    {
        foreach (var b in body)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF)
            {
                continue;
            }

            return b is (byte)'{' or (byte)'[' or (byte)'"' or (byte)'-' or (>= (byte)'0' and <= (byte)'9') or (byte)'t' or (byte)'f' or (byte)'n';
        }

        return false;
    }

    private async Task<ExchangeResult> SendWithTokenAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        var token = await tokens.GetAsync(cancellationToken).ConfigureAwait(false);
        var result = await SendOnceAsync(request, token, cancellationToken).ConfigureAwait(false);
        if (!ErrorResponseReader.IsTokenRejection(result.Status, result.Body))
        {
            return result;
        }

        // The token expired or was revoked: the request was refused unread, so it is safe to replay even a create.
        RequestObservation.Current?.Verbose($"KiotViet refused the access token on {request} without acting on it; fetching a new token and sending it again.");
        tokens.Invalidate(token);
        token = await tokens.GetAsync(cancellationToken).ConfigureAwait(false);
        result = await SendOnceAsync(request, token, cancellationToken).ConfigureAwait(false);
        if (ErrorResponseReader.IsTokenRejection(result.Status, result.Body))
        {
            var refused = ErrorResponseReader.Read(request, result.Status, result.Body);
            throw refused.WithContext(
                $"KiotViet refused a fresh access token for retailer '{options.Retailer}'. Check the retailer name (the shop name in myshop.kiotviet.vn) and that this client id belongs to that shop. {refused.Message}",
                KiotVietErrorKind.Authentication);
        }

        return result;
    }

    private async Task<ExchangeResult> SendOnceAsync(ApiRequest request, AccessToken token, CancellationToken cancellationToken)
    {
        if (request.Method == HttpMethod.Get)
        {
            await getBudget.TakeAsync(
                (wait, pacing) => RequestObservation.Current?.Waiting(wait, $"{pacing} (the budget of {getBudget.Limit} GET requests per hour is used up)"),
                cancellationToken).ConfigureAwait(false);
        }

        using var message = new HttpRequestMessage(request.Method, new Uri(options.EffectiveApiBaseUri, request.RelativeUri));
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
        message.Headers.TryAddWithoutValidation("Retailer", options.Retailer);
        message.Content = request.CreateContent();
        var result = await HttpExchange.SendAsync(http, message, request, options.RequestTimeout, answered, cancellationToken).ConfigureAwait(false);
        ServerClock.Observe(result.ServerDate);
        return result;
    }
}
