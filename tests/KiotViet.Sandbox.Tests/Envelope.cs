using System.Text.Json;

namespace KiotViet.Sandbox.Tests;

/// <summary>Reads the responseStatus error envelope.</summary>
public static class Envelope
{
    public static string ErrorCode(JsonElement body) => body.GetProperty("responseStatus").GetProperty("errorCode").GetString()!;

    public static JsonElement SingleFieldError(JsonElement body) =>
        Assert.Single(body.GetProperty("responseStatus").GetProperty("errors").EnumerateArray().ToList());

    public static List<long> Ids(JsonElement page) => page.GetProperty("data").EnumerateArray().Select(r => r.GetProperty("id").GetInt64()).ToList();
}
