using System;
using System.Globalization;

namespace KiotViet;

/// <summary>
/// KiotViet's REST API speaks Vietnam local time (UTC+7, no daylight saving) without an offset.
/// Everything that crosses the wire goes through here.
/// </summary>
public static class VietnamTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    private const string WireFormat = "yyyy-MM-dd'T'HH:mm:ss";

    /// <summary>
    /// Reads a date from the API. No offset means Vietnam local time; an explicit offset (webhooks) is kept as an instant.
    /// </summary>
    public static DateTimeOffset Parse(string text)
    {
        var styles = DateTimeStyles.AllowWhiteSpaces;
        if (HasOffset(text))
        {
            return FromUtc(DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, styles).UtcDateTime);
        }

        var local = DateTime.Parse(text, CultureInfo.InvariantCulture, styles);
        return AtShopOffset(local);
    }

    /// <summary>
    /// A shop-clock time as an instant. The first hours of the calendar (0001-01-01, which a .NET server writes for
    /// "no date") have no UTC+7 instant; they become the earliest one.
    /// </summary>
    private static DateTimeOffset AtShopOffset(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (unspecified < DateTime.MinValue.Add(Offset))
        {
            return DateTimeOffset.MinValue.ToOffset(Offset);
        }

        return new DateTimeOffset(unspecified, Offset);
    }

    /// <summary>
    /// Converts a caller's date for a query. Local and UTC kinds are converted exactly; an unspecified kind
    /// (a typed string such as '2026-11-01') is taken as the shop's own clock, as KiotViet shows it.
    /// </summary>
    public static DateTimeOffset FromCaller(DateTime value) => value.Kind switch
    {
        DateTimeKind.Unspecified => AtShopOffset(value),
        _ => FromUtc(value.ToUniversalTime()),
    };

    /// <summary>An instant at UTC+7; the last hours of the calendar have no UTC+7 clock time and become the latest one.</summary>
    private static DateTimeOffset FromUtc(DateTime utc) =>
        utc > DateTime.MaxValue.Subtract(Offset) ? new DateTimeOffset(DateTime.MaxValue, Offset) : new DateTimeOffset(utc, TimeSpan.Zero).ToOffset(Offset);

    /// <summary>Formats an instant the way KiotViet expects it in queries and bodies.</summary>
    public static string Format(DateTimeOffset value) => FromUtc(value.UtcDateTime).ToString(WireFormat, CultureInfo.InvariantCulture);

    public static string Format(DateTime value) => Format(FromCaller(value));

    private static bool HasOffset(string text)
    {
        var t = text.IndexOf('T');
        if (t < 0)
        {
            return false;
        }

        var timePart = text.Substring(t);
        return timePart.EndsWith("Z", StringComparison.OrdinalIgnoreCase) || timePart.IndexOf('+') >= 0 || timePart.IndexOf('-') >= 0;
    }
}
