using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace KiotViet.Http;

/// <summary>
/// Sends one attempt with its own timeout and reads the whole body. Transport failures become AttemptFailure,
/// telling apart a user's cancellation (rethrown), a timeout, and a connection that never reached the server.
/// </summary>
internal static class HttpExchange
{
    public static async Task<ExchangeResult> SendAsync(HttpClient http, HttpRequestMessage message, ApiRequest described, TimeSpan timeout, AnsweredAddresses answered, CancellationToken cancellationToken)
    {
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(timeout);
        try
        {
            using var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, attempt.Token).ConfigureAwait(false);
            answered.Add(message.RequestUri!);
            var body = await ReadBodyAsync(response, attempt.Token).ConfigureAwait(false);
            return new ExchangeResult(response.StatusCode, body, response.Headers.RetryAfter, response.Headers.Date);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException ex)
        {
            var error = new KiotVietApiException(KiotVietErrorKind.Timeout, $"KiotViet did not answer {described} within {timeout.TotalSeconds:0.#} s.", requestMethod: described.Method.Method, requestPath: described.Path, innerException: ex);
            throw new AttemptFailure(error, mayHaveReachedServer: true);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            var neverConnected = IsConnectFailure(ex);
            var address = message.RequestUri!.GetLeftPart(UriPartial.Authority);
            var cause = ConnectionCause.Of(ex);
            var answeredBefore = answered.Contains(message.RequestUri!);
            var text = cause switch
            {
                ConnectionCause.Refused when answeredBefore => $"{address} refused the connection for {described}, though it answered before (a restart?).",
                ConnectionCause.Refused => $"Nothing listens at {address} (connection refused) for {described}. Check the address (-ApiBaseUri, -TokenUri), or start the server.",
                ConnectionCause.Tls => $"The secure (TLS) connection to {address} failed during {described}: {ConnectionCause.Innermost(ex)}. If this address serves plain HTTP (such as a local sandbox), use http:// instead of https://.",
                _ => $"The connection to KiotViet failed during {described}: {ConnectionCause.Describe(ex)}",
            };
            var error = new KiotVietApiException(KiotVietErrorKind.Transport, text, requestMethod: described.Method.Method, requestPath: described.Path, innerException: ex);
            throw new AttemptFailure(error, mayHaveReachedServer: !neverConnected, retryCanHelp: cause == ConnectionCause.Other || (cause == ConnectionCause.Refused && answeredBefore));
        }
    }

    private static async Task<byte[]> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
#if NET
        return await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
#else
        using (cancellationToken.Register(response.Dispose))
        {
            return await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        }
#endif
    }

    private static bool IsConnectFailure(Exception ex)
    {
#if NET
        return ex is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError };
#else
        return ex.InnerException is WebException { Status: WebExceptionStatus.ConnectFailure or WebExceptionStatus.NameResolutionFailure };
#endif
    }
}

internal sealed class ExchangeResult
{
    public ExchangeResult(HttpStatusCode status, byte[] body, RetryConditionHeaderValue? retryAfter, DateTimeOffset? serverDate = null)
    {
        Status = status;
        Body = body;
        RetryAfter = retryAfter;
        ServerDate = serverDate;
    }

    /// <summary>The server's clock when it answered (the Date header), if it sent one.</summary>
    public DateTimeOffset? ServerDate { get; }

    public HttpStatusCode Status { get; }

    public byte[] Body { get; }

    public RetryConditionHeaderValue? RetryAfter { get; }

    public bool IsSuccess => (int)Status is >= 200 and < 300;
}
