using System;
using System.Net;
using System.Text.RegularExpressions;

namespace KiotViet.Errors;

/// <summary>
/// How a read of one record (GET {collection}/{id} or /code/{code}) says the record does not exist. KiotViet does not
/// document it and answers differently per resource (docs/design.md, "The write rule"): 404; 420
/// <c>KvValidateProductException</c> for a product code (recorded on a real shop); a 400/420 whose message says
/// "… không tồn tại" (does not exist) is as plausible for customers and ids. All of them mean "not found" there, since
/// such a read carries nothing else that could be refused. A list read or a write is never judged here.
/// </summary>
internal static class MissingRecord
{
    // "does not exist", "not found", "has been deleted": the backend's wording of a missing record.
    private static readonly Regex SaysMissing = new(
        "không tồn tại|không tìm thấy|đã bị xóa|đã bị xoá|not exist|not found",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // An entity's own validation exception (KvValidateProductException, KvValidateCustomerException); the generic
    // KvValidateException is not enough on its own, it needs the message.
    private static readonly Regex EntityValidation = new("^KvValidate[A-Za-z]+Exception$", RegexOptions.CultureInvariant);

    /// <summary>True when the refusal of a one-record read means the record is not there.</summary>
    public static bool Says(KiotVietApiException refused)
    {
        if (refused.Kind == KiotVietErrorKind.NotFound)
        {
            return true;
        }

        if (refused.Kind != KiotVietErrorKind.Validation || refused.StatusCode is not (HttpStatusCode.BadRequest or (HttpStatusCode)420))
        {
            return false;
        }

        return (refused.ErrorCode is { } code && !string.Equals(code, "KvValidateException", StringComparison.Ordinal) && EntityValidation.IsMatch(code))
            || SaysMissing.IsMatch(refused.Message);
    }

    /// <summary>The refusal, as a <see cref="KiotVietErrorKind.NotFound"/> failure when it says the record is missing.</summary>
    public static KiotVietApiException AsNotFound(KiotVietApiException refused) =>
        refused.Kind != KiotVietErrorKind.NotFound && Says(refused)
            ? refused.WithContext(refused.Message, KiotVietErrorKind.NotFound, mayHaveBeenApplied: false)
            : refused;
}
