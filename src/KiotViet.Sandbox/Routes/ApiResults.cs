using System.Text.Json.Nodes;
using KiotViet.Sandbox.Http;

namespace KiotViet.Sandbox.Routes;

/// <summary>Success answers in the API's JSON dialect.</summary>
internal static class ApiResults
{
    public static IResult Json(JsonNode node, int status = StatusCodes.Status200OK) =>
        Results.Text(node.ToJsonString(SandboxJson.Api), "application/json; charset=utf-8", statusCode: status);

    public static IResult Json<T>(T value) => Results.Json(value, SandboxJson.Api);

    /// <summary>{"message": ..., "data": {...}}, the shape real clients read after creates.</summary>
    public static IResult Wrapped(string message, JsonNode data) => Json(new JsonObject { ["message"] = message, ["data"] = data });

    public static IResult Message(string message) => Json(new JsonObject { ["message"] = message });

    public static IResult BadBody(SandboxOptions options) =>
        ApiErrors.Validation(options, "Dữ liệu gửi lên không hợp lệ.", new ApiFieldError("InvalidBody", "Body", "Dữ liệu gửi lên không hợp lệ."));
}
