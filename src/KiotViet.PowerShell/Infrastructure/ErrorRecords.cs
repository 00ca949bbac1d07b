using System;
using System.Linq;
using System.Management.Automation;

namespace KiotViet.Commands.Infrastructure;

/// <summary>Maps engine failures to PowerShell error records with stable ids, the right category and KiotViet's details.</summary>
internal static class ErrorRecords
{
    /// <summary>
    /// Failures that concern one item (bad input, missing item) let the pipeline go on; failures that concern
    /// the connection or the service (authentication, rate limit, outages after retries) stop it.
    /// </summary>
    public static bool IsTerminating(KiotVietApiException error) =>
        error.Kind is not (KiotVietErrorKind.NotFound or KiotVietErrorKind.Validation);

    /// <summary>Failures that concern the whole run of a write, whatever the row (the engine says which: <see cref="KiotVietApiException.ConcernsRun"/>).</summary>
    public static bool IsRunLevel(KiotVietApiException error) => error.ConcernsRun;

    /// <summary>True when KiotViet read the row and refused it (bad input, not found): nothing was written.</summary>
    public static bool IsRefusal(KiotVietApiException error) =>
        !error.MayHaveBeenApplied && error.Kind is KiotVietErrorKind.Validation or KiotVietErrorKind.NotFound;

    public static ErrorRecord FromApi(KiotVietApiException error, object? target, string? extraAdvice = null)
    {
        var record = new ErrorRecord(error, "KiotViet" + error.Kind, CategoryFor(error.Kind), target);
        var fields = error.FieldErrors.Count == 0 ? "" : " " + string.Join("; ", error.FieldErrors.Select(f => f.ToString()));
        record.ErrorDetails = new ErrorDetails(error.Message + fields + (extraAdvice is null ? "" : " " + extraAdvice))
        {
            RecommendedAction = AdviceFor(error),
        };
        return record;
    }

    /// <summary>A write whose answer was lost after it was sent: it may or may not have been applied.</summary>
    public static ErrorRecord OutcomeUnknown(KiotVietApiException error, object? target)
    {
        var record = new ErrorRecord(error, "KiotVietOutcomeUnknown", ErrorCategory.OperationStopped, target);
        record.ErrorDetails = new ErrorDetails($"The outcome of {error.RequestMethod} {error.RequestPath} is unknown: the request may have reached KiotViet and been applied, but its answer was lost ({error.Message}). It was not sent again.")
        {
            RecommendedAction = "Read the record back (Invoke-KvRequest with a GET, or the Get-Kv cmdlet) before sending the request again.",
        };
        return record;
    }

    /// <summary>Bad values (of an item or a parameter) rather than a failure of the module or the service.</summary>
    public static bool ConcernsOneItem(Exception error) =>
        error is ArgumentException or FormatException or OverflowException || (error is KiotVietApiException api && !IsTerminating(api));

    /// <summary>What a cmdlet did not expect, as a record that says what happened and what to do.</summary>
    public static ErrorRecord Unexpected(Exception error, string command, object? target) => error switch
    {
        KiotVietApiException api => FromApi(api, target),
        ArgumentException or FormatException or OverflowException => WithAdvice(
            new ErrorRecord(error, "KiotVietInvalidArgument", ErrorCategory.InvalidArgument, target),
            $"{command}: {error.Message}",
            "Correct the value named in the message; nothing was sent for it."),
        System.IO.IOException or UnauthorizedAccessException or System.Security.SecurityException => WithAdvice(
            new ErrorRecord(error, "KiotVietFileAccess", ErrorCategory.WriteError, target),
            $"{command}: {error.Message}",
            "Check that the path exists, is a file (not a folder) and is writable by this account."),
        _ => WithAdvice(
            new ErrorRecord(error, "KiotVietUnexpectedError", ErrorCategory.NotSpecified, target),
            $"{command} failed unexpectedly ({error.GetType().Name}): {error.Message}",
            "This is a defect of the KiotViet module. Run the command again with -Verbose and report the message and the command line (without secrets)."),
    };

    private static ErrorRecord WithAdvice(ErrorRecord record, string message, string advice)
    {
        record.ErrorDetails = new ErrorDetails(message) { RecommendedAction = advice };
        return record;
    }

    public static ErrorRecord InvalidInput(string id, string message, object? target) =>
        new(new ArgumentException(message), id, ErrorCategory.InvalidArgument, target);

    public static ErrorRecord NotConnected() => new(
        new InvalidOperationException("Not connected to KiotViet. Run Connect-KiotViet first, or pass -Connection."),
        "KiotVietNotConnected",
        ErrorCategory.ConnectionError,
        null);

    private static ErrorCategory CategoryFor(KiotVietErrorKind kind) => kind switch
    {
        KiotVietErrorKind.Validation => ErrorCategory.InvalidData,
        KiotVietErrorKind.NotFound => ErrorCategory.ObjectNotFound,
        KiotVietErrorKind.Authentication => ErrorCategory.AuthenticationError,
        KiotVietErrorKind.PermissionDenied => ErrorCategory.PermissionDenied,
        KiotVietErrorKind.RateLimited => ErrorCategory.LimitsExceeded,
        KiotVietErrorKind.ServerError => ErrorCategory.ResourceUnavailable,
        KiotVietErrorKind.Transport => ErrorCategory.ConnectionError,
        KiotVietErrorKind.Timeout => ErrorCategory.OperationTimeout,
        _ => ErrorCategory.InvalidResult,
    };

    private static string AdviceFor(KiotVietApiException error) => error.Kind switch
    {
        KiotVietErrorKind.Authentication => "Check the retailer name, client id and client secret (Thiết lập cửa hàng > Thiết lập kết nối API), then run Connect-KiotViet again.",
        KiotVietErrorKind.RateLimited => "The shop's API budget is used up. Wait, or use -ModifiedSince to read less.",
        KiotVietErrorKind.Validation => "Correct the input named in the message and run the command again for this item.",
        KiotVietErrorKind.NotFound => "Check the id or code.",
        KiotVietErrorKind.Transport => "Check the address (-ApiBaseUri, -TokenUri) and the network named in the message, then run the command again.",
        KiotVietErrorKind.InvalidResponse => "The answer could not be trusted, so the command stopped rather than return part of the data as if it were all. Run it again; if it keeps failing, check -ApiBaseUri (a proxy or web page in between) and report the request named in the message.",
        _ => "Run the command again later; use -Verbose to see each request.",
    };
}
