namespace KiotViet.Sandbox.Http;

/// <summary>One entry of responseStatus.errors.</summary>
internal sealed record ApiFieldError(string ErrorCode, string FieldName, string Message);

/// <summary>The ServiceStack-style error envelope: {"responseStatus":{"errorCode","message","errors":[...]}}.</summary>
internal static class ApiErrors
{
    public static IResult Envelope(int status, string errorCode, string message, params ApiFieldError[] errors) =>
        Results.Json(new { responseStatus = new { errorCode, message, errors } }, SandboxJson.Api, statusCode: status);

    public static IResult NotFound(string what) =>
        Envelope(StatusCodes.Status404NotFound, "NotFound", $"{what} không tồn tại hoặc đã bị xóa khỏi hệ thống.");

    public static IResult Validation(SandboxOptions options, string message, params ApiFieldError[] errors) =>
        Envelope(options.ValidationStatusCode, "KvValidateException", message, errors);

    public static IResult Token(string message) => Envelope(StatusCodes.Status401Unauthorized, "TokenException", message);
}
