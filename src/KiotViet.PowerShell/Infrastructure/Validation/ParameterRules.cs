using System;
using System.Management.Automation;

namespace KiotViet.Commands.Infrastructure;

/// <summary>Checks that span parameters of the whole run, made before anything is sent; a failure is a terminating error.</summary>
internal static class ParameterRules
{
    /// <summary>The earlier date parameter must not be after the later one (when both are given).</summary>
    public static void RequireOrdered(PSCmdlet cmdlet, string from, string to)
    {
        var bound = cmdlet.MyInvocation.BoundParameters;
        if (bound.TryGetValue(from, out var start) && bound.TryGetValue(to, out var end)
            && Unwrap(start) is DateTime first && Unwrap(end) is DateTime last && first > last)
        {
            cmdlet.ThrowTerminatingError(ErrorRecords.InvalidInput(
                "KiotVietDateRangeReversed",
                $"-{from} ({first:yyyy-MM-dd HH:mm}) is after -{to} ({last:yyyy-MM-dd HH:mm}), so nothing could match. Swap them.",
                from));
        }
    }

    /// <summary>-Skip is sent as currentItem, a 32-bit integer on KiotViet's side.</summary>
    public static void RequireSendableSkip(PSCmdlet cmdlet, PagingParameters? paging)
    {
        if (paging is not null && paging.Skip > (ulong)ListingLimits.MaxOffset)
        {
            cmdlet.ThrowTerminatingError(ErrorRecords.InvalidInput(
                "KiotVietSkipTooLarge",
                $"-Skip {paging.Skip} is more than KiotViet can skip ({ListingLimits.MaxOffset}, its largest currentItem).",
                "Skip"));
        }
    }

    /// <summary>A change time after now matches nothing: worth a warning, since an empty result then looks like "no changes".</summary>
    public static void WarnIfInFuture(PSCmdlet cmdlet, string parameter)
    {
        if (cmdlet.MyInvocation.BoundParameters.TryGetValue(parameter, out var value) && Unwrap(value) is DateTime since
            && VietnamTime.FromCaller(since) > DateTimeOffset.UtcNow.AddMinutes(5))
        {
            cmdlet.WriteWarning($"-{parameter} {since:yyyy-MM-dd HH:mm} is in the future (shop time, UTC+7), so nothing can have changed since then and the result will be empty.");
        }
    }

    private static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;
}
