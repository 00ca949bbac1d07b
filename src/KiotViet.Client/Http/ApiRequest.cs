using System.Net.Http;
using System.Text;
using System.Text.Json;
using KiotViet.Json;

namespace KiotViet.Http;

/// <summary>A request that can be sent again: every attempt builds a fresh HttpRequestMessage from it.</summary>
internal sealed class ApiRequest
{
    private readonly byte[]? jsonBody;

    private ApiRequest(HttpMethod method, string relativeUri, byte[]? jsonBody)
    {
        Method = method;
        RelativeUri = relativeUri;
        this.jsonBody = jsonBody;
    }

    public HttpMethod Method { get; }

    /// <summary>Path and query, relative to the API base, e.g. <c>customers?pageSize=100</c>.</summary>
    public string RelativeUri { get; }

    /// <summary>
    /// A read may be repeated blindly. A write (POST, PUT, DELETE) is repeated by the transport only when the server
    /// certainly did not act on it (401, 429, connection refused); when it may have, the WriteCoordinator reconciles.
    /// </summary>
    public bool IsRepeatable => Method == HttpMethod.Get;

    /// <summary>Path only (no query), for messages.</summary>
    public string Path
    {
        get
        {
            var q = RelativeUri.IndexOf('?');
            return "/" + (q < 0 ? RelativeUri : RelativeUri.Substring(0, q));
        }
    }

    public static ApiRequest Get(string relativeUri) => new(HttpMethod.Get, relativeUri, null);

    /// <summary>A request the module knows nothing about; like every write, it is not repeated once it may have reached the server.</summary>
    public static ApiRequest Raw(HttpMethod method, string relativeUri, byte[]? jsonBody) => new(method, relativeUri, jsonBody);

    public static ApiRequest Delete(string relativeUri) => new(HttpMethod.Delete, relativeUri, null);

    /// <summary>A DELETE with a JSON body (KiotViet's documented form of some cancels, e.g. <c>DELETE /invoices {id, isVoidPayment}</c>).</summary>
    public static ApiRequest Delete(string relativeUri, object body) => new(HttpMethod.Delete, relativeUri, Serialize(body));

    public static ApiRequest Post(string relativeUri, object body) => new(HttpMethod.Post, relativeUri, Serialize(body));

    public static ApiRequest Put(string relativeUri, object body) => new(HttpMethod.Put, relativeUri, Serialize(body));

    public HttpContent? CreateContent()
    {
        if (jsonBody is null)
        {
            return null;
        }

        var content = new ByteArrayContent(jsonBody);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = Encoding.UTF8.WebName };
        return content;
    }

    public override string ToString() => $"{Method} {Path}";

    private static byte[] Serialize(object body) => JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), KiotVietJson.Options);
}
