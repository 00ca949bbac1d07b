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

    /// <summary>
    /// A read of one record (by id or code) that finds none, answered as <see cref="SandboxOptions.NotFoundAnswer"/>
    /// says: KiotViet does not document it, and each of these is plausible (the real API answers a missing product code
    /// 420 KvValidateProductException).
    /// </summary>
    public static IResult MissingRecord(SandboxOptions options, string what, string entity, bool byCode)
    {
        var answer = options.NotFoundAnswer;
        if (answer == NotFoundAnswer.Recorded)
        {
            answer = byCode && entity == "Product" ? NotFoundAnswer.KvValidate420 : NotFoundAnswer.Http404;
        }

        return answer switch
        {
            NotFoundAnswer.KvException400 => Envelope(StatusCodes.Status400BadRequest, "KvException", $"{what} không tồn tại."),
            // Only the errorCode is recorded; the message says nothing more than it does.
            NotFoundAnswer.KvValidate420 => Envelope(420, $"KvValidate{entity}Exception", $"KvValidate{entity}Exception"),
            _ => NotFound(what),
        };
    }

    public static IResult Validation(SandboxOptions options, string message, params ApiFieldError[] errors) =>
        Envelope(options.ValidationStatusCode, "KvValidateException", message, errors);

    public static IResult Token(string message) => Envelope(StatusCodes.Status401Unauthorized, "TokenException", message);
}
