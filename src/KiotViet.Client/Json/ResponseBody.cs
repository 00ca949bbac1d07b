using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace KiotViet.Json;

/// <summary>Reads single-object responses, unwrapping <c>{ message, data: {...} }</c> where the API wraps them.</summary>
internal static class ResponseBody
{
    public static T ReadObject<T>(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var payload = root.ValueKind == JsonValueKind.Object && root.TryGetPropertyIgnoreCase("data", out var data) && data.ValueKind == JsonValueKind.Object
            ? data
            : root;
        return payload.Deserialize<T>(KiotVietJson.Options) ?? throw new JsonException($"Empty {typeof(T).Name} in the response.");
    }

    /// <summary>
    /// One record read by id or code: the bare record, <c>{ data: {...} }</c>, or the list envelope
    /// <c>{ total, data: [record] }</c> that GET /ordersuppliers/{id} (2.20.2) is documented to answer. Null when that
    /// envelope holds no row (the record is not there); more than one row is not an answer about one record.
    /// </summary>
    public static T? ReadRecord<T>(byte[] body)
        where T : class
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Object && root.TryGetPropertyIgnoreCase("data", out var data) && data.ValueKind == JsonValueKind.Array)
        {
            var rows = data.GetArrayLength();
            if (rows > 1)
            {
                throw new JsonException($"A read of one {typeof(T).Name} answered {rows} rows.");
            }

            return rows == 0 ? null : data[0].Deserialize<T>(KiotVietJson.Options) ?? throw new JsonException($"Empty {typeof(T).Name} in the response.");
        }

        return ReadObject<T>(body);
    }

    /// <summary>A list answered in one response: a bare array, or <c>{ data: [...] }</c> (an absent or null data is empty).</summary>
    public static IReadOnlyList<T> ReadList<T>(byte[] body)
        where T : class
    {
        using var document = JsonDocument.Parse(body);
        var rows = document.RootElement;
        if (rows.ValueKind == JsonValueKind.Object)
        {
            rows.TryGetPropertyIgnoreCase("data", out rows);
        }

        if (rows.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return new List<T>();
        }

        if (rows.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException($"The {typeof(T).Name} list is neither an array nor {{ data: [...] }}.");
        }

        return rows.Deserialize<List<T?>>(KiotVietJson.Options)!.Where(r => r is not null).ToList()!;
    }

    /// <summary>The <c>message</c> of a response such as <c>{"message":"Xóa dữ liệu thành công"}</c>, if any.</summary>
    public static string? ReadMessage(byte[] body)
    {
        if (body.Length == 0)
        {
            return null;
        }

        using var document = JsonDocument.Parse(body);
        return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetPropertyIgnoreCase("message", out var message) && message.ValueKind == JsonValueKind.String
            ? message.GetString()
            : null;
    }
}
