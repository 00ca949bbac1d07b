using System;
using System.Globalization;
using System.Management.Automation;

namespace KiotViet.Commands.Infrastructure;

/// <summary>
/// Accepts dates the way shops write them: DateTime objects, ISO dates, and Vietnamese day-first dates
/// (23/11/2026), and the text the module's own objects export to CSV (a date and time as the current culture or the
/// invariant culture writes it, with or without an offset: '09/19/2005 00:00:00 +07:00'). An empty CSV cell means
/// "not given". A date with an offset becomes the same instant on the shop's clock (UTC+7), so its day is the
/// shop's day.
/// </summary>
public sealed class ShopDateTransformationAttribute : ArgumentTransformationAttribute
{
    private static readonly string[] Formats =
    {
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm", "yyyy-MM-dd HH:mm",
        "dd/MM/yyyy", "d/M/yyyy", "dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy HH:mm", "dd-MM-yyyy", "d-M-yyyy",
    };

    public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
    {
        var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
        return value switch
        {
            null => null,
            DateTime => value,
            DateTimeOffset instant => ShopClock(instant),
            string text when string.IsNullOrWhiteSpace(text) => null,
            string text => Parse(text.Trim()),
            _ => value,
        };
    }

    private static object Parse(string text)
    {
        if (DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact))
        {
            return exact;
        }

        // ISO 8601 with time: an offset or Z is honoured exactly; without one the kind stays unspecified (shop time).
        if (text.IndexOf('T') > 0 && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var iso))
        {
            return iso;
        }

        // What Export-Csv wrote: ToString() of a DateTimeOffset or DateTime, in the current culture (the one that
        // exported it, usually) or the invariant one. Only text with a time of day, so a bare date stays one of the
        // unambiguous forms above.
        if (text.IndexOf(':') > 0)
        {
            foreach (var culture in new[] { CultureInfo.CurrentCulture, CultureInfo.InvariantCulture })
            {
                if (HasOffset(text) && DateTimeOffset.TryParse(text, culture, DateTimeStyles.AllowWhiteSpaces, out var instant))
                {
                    return ShopClock(instant);
                }

                if (!HasOffset(text) && DateTime.TryParse(text, culture, DateTimeStyles.AllowWhiteSpaces, out var local))
                {
                    return local;
                }
            }
        }

        throw new ArgumentTransformationMetadataException($"'{text}' is not a date. Use yyyy-MM-dd (2026-11-23) or dd/MM/yyyy (23/11/2026).");
    }

    /// <summary>The instant as the shop's wall clock (unspecified kind: the module reads that as shop time).</summary>
    private static DateTime ShopClock(DateTimeOffset instant) => instant.ToOffset(VietnamTime.Offset).DateTime;

    private static bool HasOffset(string text) =>
        text.EndsWith("Z", StringComparison.OrdinalIgnoreCase) || System.Text.RegularExpressions.Regex.IsMatch(text, @"[+-]\d{1,2}:?\d{2}$");
}
