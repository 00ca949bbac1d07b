using System;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace KiotViet.Http;

/// <summary>
/// One verbose line per HTTP exchange; debug adds headers. Authorization and any credential-bearing header are
/// redacted, and bodies are never logged, so neither the client secret (token request) nor tokens (token response)
/// can reach a log.
/// </summary>
internal sealed class LoggingHandler : DelegatingHandler
{
    private static readonly string[] SensitiveHeaders = { "Authorization", "Cookie", "Set-Cookie", "Proxy-Authorization" };

    public LoggingHandler(HttpMessageHandler inner)
        : base(inner)
    {
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var observer = RequestObservation.Current;
        var target = $"{request.Method} {request.RequestUri}";
        observer?.Debug($"HTTP request {target} headers: {FormatHeaders(request)}");
        var watch = Stopwatch.StartNew();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            observer?.Verbose($"{target} -> {(int)response.StatusCode} {response.ReasonPhrase} ({watch.ElapsedMilliseconds} ms)");
            return response;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or OperationCanceledException)
        {
            observer?.Verbose($"{target} -> failed after {watch.ElapsedMilliseconds} ms: {ex.GetType().Name}");
            throw;
        }
    }

    private static string FormatHeaders(HttpRequestMessage request) =>
        string.Join("; ", request.Headers.Select(h => $"{h.Key}: {(IsSensitive(h.Key) ? "[redacted]" : string.Join(",", h.Value))}"));

    private static bool IsSensitive(string header) => SensitiveHeaders.Any(s => string.Equals(s, header, StringComparison.OrdinalIgnoreCase));
}
