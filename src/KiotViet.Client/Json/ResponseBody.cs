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
