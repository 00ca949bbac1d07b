using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Errors;
using KiotViet.Http;
using KiotViet.Json;
using KiotViet.Caching;

namespace KiotViet.Auth;

/// <summary>
/// Client-credentials tokens for one connection: cached in memory only, renewed a margin before they expire,
/// fetched once however many requests need one at the same moment, and dropped when the API refuses them.
/// </summary>
internal sealed class TokenProvider : IDisposable
{
    private const string CacheKey = "access-token";

    private readonly ExpiringCache cache = new();
    private readonly SemaphoreSlim fetchGate = new(1, 1);
    private readonly HttpClient http;
    private readonly KiotVietConnectionOptions options;
    private readonly RetryPolicy retryPolicy;
    private readonly AnsweredAddresses answered = new();

    public TokenProvider(HttpClient http, KiotVietConnectionOptions options, RetryPolicy retryPolicy)
    {
        this.http = http;
        this.options = options;
        this.retryPolicy = retryPolicy;
    }

    public DateTimeOffset? CurrentExpiry => TryGetFresh(out var token) ? token!.ExpiresAt : null;

    public async Task<AccessToken> GetAsync(CancellationToken cancellationToken)
    {
        if (TryGetFresh(out var cached))
        {
            return cached!;
        }

        await fetchGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (TryGetFresh(out cached))
            {
                return cached!;
            }

            var token = await FetchAsync(cancellationToken).ConfigureAwait(false);
            var lifetime = token.ExpiresAt - retryPolicy.Time.GetUtcNow();
            var margin = TimeSpan.FromTicks(Math.Min(options.TokenRefreshMargin.Ticks, lifetime.Ticks / 2));
            cache.Set(CacheKey, token.RenewedAt(token.ExpiresAt - margin), lifetime - margin);
            return token;
        }
        finally
        {
            fetchGate.Release();
        }
    }

    // The cache drops a token on the system clock; the connection's clock (a test's) decides too.
    private bool TryGetFresh(out AccessToken? token) =>
        cache.TryGet(CacheKey, out token) && retryPolicy.Time.GetUtcNow() < token!.RenewAt;

    /// <summary>Forgets a token the API refused, unless another caller already replaced it.</summary>
    public void Invalidate(AccessToken refused)
    {
        if (cache.TryGet(CacheKey, out AccessToken? current) && ReferenceEquals(current, refused))
        {
            cache.Remove(CacheKey);
        }
    }

    public void Dispose()
    {
        cache.Dispose();
        fetchGate.Dispose();
    }

    private Task<AccessToken> FetchAsync(CancellationToken cancellationToken)
    {
        var described = ApiRequest.Post(options.EffectiveTokenUri.AbsolutePath.TrimStart('/'), new object());
        RequestObservation.Current?.Verbose($"Requesting an access token from {options.EffectiveTokenUri.GetLeftPart(UriPartial.Path)} for client {options.ClientId}.");

        // Asking for a token changes nothing on the server, so every transient failure may be retried.
        return retryPolicy.RunAsync(described.ToString(), repeatable: true, async ct =>
        {
            using var message = new HttpRequestMessage(HttpMethod.Post, options.EffectiveTokenUri) { Content = TokenForm() };
            var result = await HttpExchange.SendAsync(http, message, described, options.RequestTimeout, answered, ct).ConfigureAwait(false);
            if (!result.IsSuccess)
            {
                throw FailureClassifier.Answer(TokenError(described, result), result.RetryAfter);
            }

            return ParseToken(result.Body, options.EffectiveTokenUri, retryPolicy.Time.GetUtcNow());
        }, cancellationToken);
    }

    private FormUrlEncodedContent TokenForm() => new(new Dictionary<string, string>
    {
        ["scopes"] = options.EffectiveScope,
        ["grant_type"] = "client_credentials",
        ["client_id"] = options.ClientId,
        ["client_secret"] = options.ClientSecret!.Reveal(),
    });

    private KiotVietApiException TokenError(ApiRequest described, ExchangeResult result)
    {
        var error = ErrorResponseReader.Read(described, result.Status, result.Body);
        var apiNotIdentity = (int)result.Status < 500 && error.ErrorCode?.EndsWith("Exception", StringComparison.Ordinal) == true;
        if ((int)result.Status is 404 or 405 || apiNotIdentity || (error.Kind is KiotVietErrorKind.Validation or KiotVietErrorKind.Authentication && !IsJson(result.Body)))
        {
            // The identity server refuses credentials with an OAuth error (invalid_client). A missing page, an HTML page,
            // or an API route's own complaint (TokenException, RetailerException) means the address is wrong.
            return WrongTokenUri(options.EffectiveTokenUri, $"answered {(int)result.Status} {result.Status}", result.Status);
        }

        if (error.Kind is not (KiotVietErrorKind.Validation or KiotVietErrorKind.Authentication))
        {
            return error;
        }

        return error.WithContext(
            $"KiotViet refused the client id or client secret ({error.ErrorCode ?? ((int)result.Status).ToString()}). Copy both again from Thiết lập cửa hàng > Thiết lập kết nối API, and check that the API connection is enabled.",
            KiotVietErrorKind.Authentication);
    }

    private static bool IsJson(byte[] body)
    {
        try
        {
            using var _ = JsonDocument.Parse(body);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static KiotVietApiException WrongTokenUri(Uri tokenUri, string what, System.Net.HttpStatusCode? status, Exception? inner = null) => new(
        KiotVietErrorKind.InvalidResponse,
        $"The token URL {tokenUri.GetLeftPart(UriPartial.Path)} {what}: it does not look like a token endpoint, so the credentials were not checked. Check -TokenUri (KiotViet's is {EditionDefaults.For(KiotVietEdition.Retail).TokenUri}), or leave it out to use the edition's.",
        status,
        requestMethod: "POST",
        requestPath: tokenUri.AbsolutePath,
        innerException: inner);

    private static AccessToken ParseToken(byte[] body, Uri tokenUri, DateTimeOffset now)
    {
        TokenResponse? response;
        try
        {
            response = JsonSerializer.Deserialize<TokenResponse>(body, KiotVietJson.Options);
        }
        catch (JsonException ex)
        {
            throw WrongTokenUri(tokenUri, $"answered with something that is not a token response ('{JsonCompleteness.Preview(body, 40)}')", null, ex);
        }

        if (string.IsNullOrEmpty(response?.AccessToken) || response!.ExpiresIn <= 0)
        {
            throw WrongTokenUri(tokenUri, "answered without an access token or expiry", null);
        }

        return new AccessToken(response.AccessToken!, now.AddSeconds(response.ExpiresIn));
    }
}
