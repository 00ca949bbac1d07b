using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace KiotViet.Input;

/// <summary>
/// Reads a date a user typed or a spreadsheet saved (docs/design.md, "the user's data edge"). ISO 8601 always works
/// (2026-11-23, 2026-11-23T08:30:00+07:00). Otherwise the session's culture decides the order of day and month, with
/// or without a time of day, so a date reads the same day whether or not its time was trimmed (en-US 05/06/2005 is
/// 6 May both ways; vi-VN 05/06/2005 is 5 June); this is also how Export-Csv wrote the module's dates in that
/// culture. Text the culture cannot read is tried as the invariant culture writes it (MM/dd/yyyy) and then day-first
/// (dd/MM/yyyy), the forms that cannot be misread because the culture's reading failed. A year is required.
/// The result is the shop's wall clock (kind Unspecified); a text with an offset becomes that instant on it.
/// </summary>
public static class ShopDate
{
    private static readonly string[] IsoFormats =
    {
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm", "yyyy-MM-dd HH:mm",
        "yyyy-MM-ddTHH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm:ss.FFFFFFF",
    };

    private static readonly string[] DayFirstFormats =
    {
        "d/M/yyyy", "d/M/yyyy H:mm:ss", "d/M/yyyy H:mm", "d-M-yyyy", "d-M-yyyy H:mm:ss", "d-M-yyyy H:mm", "d.M.yyyy", "d.M.yyyy H:mm:ss", "d.M.yyyy H:mm",
    };

    private static readonly Regex Offset = new(@"(Z|[+-]\d{1,2}:?\d{2})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex Year = new(@"\d{4}", RegexOptions.CultureInvariant);

    /// <summary>The date the text means on the shop's clock, or false with what is wrong in <paramref name="problem"/>.</summary>
    public static bool TryRead(string text, CultureInfo culture, out DateTime value, out string? problem)
    {
        var trimmed = text.Trim();
        problem = null;
        if (DateTime.TryParseExact(trimmed, IsoFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value))
        {
            return true;
        }

        var hasOffset = Offset.IsMatch(trimmed) && trimmed.IndexOf(':') > 0;
        if (Regex.IsMatch(trimmed, @"^\d{4}-\d{2}-\d{2}[T ]") && hasOffset
            && DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.None, out var isoInstant))
        {
            value = ShopClock(isoInstant);
            return true;
        }

        if (Year.IsMatch(trimmed))
        {
            foreach (var reader in new[] { culture, CultureInfo.InvariantCulture })
            {
                if (hasOffset && DateTimeOffset.TryParse(trimmed, reader, DateTimeStyles.AllowWhiteSpaces, out var instant))
                {
                    value = ShopClock(instant);
                    return true;
                }

                if (!hasOffset && DateTime.TryParse(trimmed, reader, DateTimeStyles.AllowWhiteSpaces, out var local))
                {
                    value = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
                    return true;
                }
            }

            if (DateTime.TryParseExact(trimmed, DayFirstFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out value))
            {
                return true;
            }
        }

        var pattern = culture.DateTimeFormat.ShortDatePattern;
        var example = new DateTime(2026, 11, 23).ToString(pattern, culture);
        problem = $"'{text}' is not a date. Use yyyy-MM-dd (2026-11-23) or the date as {(culture.Name.Length == 0 ? "the invariant culture" : culture.Name)} writes it ({example}).";
        return false;
    }

    /// <summary>The instant as the shop's wall clock (unspecified kind: the module reads that as shop time).</summary>
    private static DateTime ShopClock(DateTimeOffset instant) => instant.ToOffset(VietnamTime.Offset).DateTime;
}
