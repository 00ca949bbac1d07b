using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using KiotViet.Http;
using KiotViet.Json;

namespace KiotViet;

/// <summary>
/// A request to any endpoint of the connection's API: a method, a path relative to the API base (never another host),
/// query parameters and a JSON body. Checked when built, so nothing malformed is ever sent.
/// </summary>
public sealed class RawRequest
{
    private static readonly string[] Methods = { "GET", "POST", "PUT", "DELETE", "PATCH" };

    private readonly List<KeyValuePair<string, string>> query = new();

    public RawRequest(string method, string path)
    {
        var verb = (method ?? throw new ArgumentNullException(nameof(method))).Trim().ToUpperInvariant();
        if (!Methods.Contains(verb))
        {
            throw new ArgumentException($"'{method}' is not a method the KiotViet API uses; use one of {string.Join(", ", Methods)}.", nameof(method));
        }

        Method = new HttpMethod(verb);
        var (relative, inlineQuery) = SplitRelative(path);
        Path = relative;
        foreach (var pair in inlineQuery)
        {
            query.Add(pair);
        }
    }

    public HttpMethod Method { get; }

    /// <summary>The path relative to the API base, without a leading slash or query, e.g. <c>customers/code/KH0001</c>.</summary>
    public string Path { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Query => query;

    /// <summary>The body as UTF-8 JSON, or null.</summary>
    internal byte[]? Body { get; private set; }

    public bool IsRead => Method == HttpMethod.Get;

    public RawRequest AddQuery(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A query parameter needs a name.", nameof(name));
        }

        if (value is not null)
        {
            query.Add(new KeyValuePair<string, string>(name, value));
        }

        return this;
    }

    /// <summary>A body given as JSON text; refused unless it parses.</summary>
    public RawRequest WithJsonBody(string json)
    {
        try
        {
            using var _ = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new ArgumentException($"The body is not valid JSON: {ex.Message}", nameof(json), ex);
        }

        Body = Encoding.UTF8.GetBytes(json);
        return this;
    }

    /// <summary>A body given as plain values (dictionaries, lists, scalars), serialized as the module serializes every body.</summary>
    public RawRequest WithBody(object? value)
    {
        Body = JsonSerializer.SerializeToUtf8Bytes(value, value?.GetType() ?? typeof(object), KiotVietJson.Options);
        return this;
    }

    public override string ToString() => $"{Method} /{Path}";

    /// <summary>The query string without the given names (paging adds its own pageSize and currentItem).</summary>
    internal QueryString QueryWithout(params string[] names)
    {
        var result = new QueryString();
        foreach (var pair in query.Where(p => !names.Contains(p.Key, StringComparer.OrdinalIgnoreCase)))
        {
            result.Add(pair.Key, pair.Value);
        }

        return result;
    }

    internal ApiRequest ToApiRequest() => ApiRequest.Raw(Method, QueryWithout().AppendTo(Path), Body);

    /// <summary>
    /// Only a path of the connection's own API: no scheme, no host ("//"), no way out of the API base (".."),
    /// no backslashes or control characters. A query in the path is kept as parameters.
    /// </summary>
    private static (string Path, List<KeyValuePair<string, string>> Query) SplitRelative(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ArgumentException("Give the path of an endpoint, e.g. 'customers' or 'pricebooks/12'.", nameof(path));
        }

        var trimmed = path.Trim();
        var question = trimmed.IndexOf('?');
        var pathPart = question < 0 ? trimmed : trimmed.Substring(0, question);
        if (pathPart.StartsWith("//", StringComparison.Ordinal) || pathPart.IndexOf(':') >= 0 || trimmed.IndexOf('\\') >= 0 || trimmed.Any(char.IsControl))
        {
            throw new ArgumentException($"'{path}' is not a path of the connected API. Give a relative path such as 'customers'; the host is always the connection's.", nameof(path));
        }

        var relative = pathPart.TrimStart('/');
        if (relative.Length == 0 || Uri.UnescapeDataString(relative).Split('/', '\\').Any(segment => segment.Trim() is ".." or "."))
        {
            throw new ArgumentException($"'{path}' is not a path of the connected API: it must name an endpoint below the API base, without '.' or '..' segments.", nameof(path));
        }

        var pairs = new List<KeyValuePair<string, string>>();
        if (question >= 0)
        {
            foreach (var part in trimmed.Substring(question + 1).Split(new[] { '&' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var equals = part.IndexOf('=');
                var name = Uri.UnescapeDataString(equals < 0 ? part : part.Substring(0, equals));
                var value = equals < 0 ? "" : Uri.UnescapeDataString(part.Substring(equals + 1).Replace('+', ' '));
                pairs.Add(new KeyValuePair<string, string>(name, value));
            }
        }

        return (relative, pairs);
    }
}
