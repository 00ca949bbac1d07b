using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KiotViet.Sandbox.Http;

/// <summary>Reads a write request's body, JSON or form-encoded alike, as a case-insensitive JSON object.</summary>
internal static class RequestBody
{
    private static readonly JsonNodeOptions CaseInsensitive = new() { PropertyNameCaseInsensitive = true };

    /// <summary>The body as an object, or null when it is not a readable object.</summary>
    public static async Task<JsonObject?> ReadAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            var fromForm = new JsonObject(CaseInsensitive);
            foreach (var group in form.GroupBy(f => BaseName(f.Key), StringComparer.OrdinalIgnoreCase))
            {
                var values = group.SelectMany(f => f.Value).ToList();
                fromForm[group.Key] = values.Count == 1 && !group.Any(f => f.Key.Contains('[')) ? values[0] : new JsonArray(values.Select(v => (JsonNode?)v).ToArray());
            }

            return fromForm;
        }

        try
        {
            return await JsonNode.ParseAsync(request.Body, CaseInsensitive, cancellationToken: request.HttpContext.RequestAborted) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>"groupIds[0]" and "groupIds[]" are both "groupIds".</summary>
    private static string BaseName(string key)
    {
        var bracket = key.IndexOf('[');
        return bracket < 0 ? key : key[..bracket];
    }
}

/// <summary>Typed, forgiving reads of body fields (numbers and booleans may come as strings from forms).</summary>
internal static class BodyFields
{
    public static bool Has(JsonObject body, string name) => body.ContainsKey(name);

    public static string? String(JsonObject body, string name) => body[name] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonNode node => node.ToJsonString(),
    };

    public static bool? Bool(JsonObject body, string name) =>
        body[name] is JsonValue value && (value.TryGetValue<bool>(out var flag) || bool.TryParse(String(body, name), out flag)) ? flag : null;

    public static long? Long(JsonObject body, string name) =>
        long.TryParse(String(body, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;

    public static decimal? Decimal(JsonObject body, string name) =>
        decimal.TryParse(String(body, name), NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number : null;

    public static DateTime? Date(JsonObject body, string name) => VietnamTime.TryParse(String(body, name), out var date) ? date : null;

    public static List<long> Longs(JsonObject body, string name)
    {
        var texts = body[name] switch
        {
            JsonArray array => array.Select(item => item is JsonValue v && v.TryGetValue<string>(out var s) ? s : item?.ToJsonString()),
            JsonNode => (String(body, name) ?? string.Empty).Split(','),
            _ => Enumerable.Empty<string?>(),
        };
        return texts.Select(t => long.TryParse(t?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? (long?)n : null)
            .Where(n => n is not null).Select(n => n!.Value).ToList();
    }
}
