using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Errors;

namespace KiotViet.Http;

/// <summary>
/// Sends one attempt with its own timeout and reads the whole body. A user's cancellation is rethrown; a timeout or
/// a failed connection becomes the exception the <see cref="FailureClassifier"/> judges it to be.
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
            throw FailureClassifier.Timeout(described, timeout, ex);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            throw FailureClassifier.Connection(described, message.RequestUri!, ex, IsConnectFailure(ex), answered.Contains(message.RequestUri!));
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
