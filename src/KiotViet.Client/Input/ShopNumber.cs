using System;
using System.Globalization;
using System.Linq;

namespace KiotViet.Input;

/// <summary>
/// Reads a number a user typed or a spreadsheet saved, in the user's culture (docs/design.md, "the user's data
/// edge"). vi-VN writes fifteen thousand as <c>15.000</c> and a half as <c>0,5</c>; en-US and the invariant culture
/// write <c>15,000</c> and <c>0.5</c>. The culture's reading comes first; the other convention is accepted when the
/// culture cannot read the text at all (<c>15000.5</c> under vi-VN). A text whose only separator is the culture's
/// decimal mark followed by exactly three digits (<c>15.000</c> under en-US) could be the other convention's
/// thousands: it is refused, naming both readings. Currency marks (₫, đ, VND) and spaces between groups are ignored.
/// </summary>
public static class ShopNumber
{
    private static readonly string[] CurrencyMarks = { "₫", "VNĐ", "VND", "đ", "Đ" };

    /// <summary>The number the text means in the culture, or false with what is wrong in <paramref name="problem"/>.</summary>
    public static bool TryRead(string text, CultureInfo culture, out decimal value, out string? problem)
    {
        value = 0;
        var trimmed = StripCurrency(text.Trim());
        var negative = trimmed.StartsWith("-", StringComparison.Ordinal);
        var body = negative || trimmed.StartsWith("+", StringComparison.Ordinal) ? trimmed.Substring(1).TrimStart() : trimmed;
        var own = Convention.Of(culture);
        var other = own.Other();
        if (body.Length == 0 || body.Any(c => !(char.IsDigit(c) && c < 128) && c != '.' && c != ',' && !IsSpace(c)))
        {
            problem = $"'{text}' is not a number. Write it as {Example(own)}.";
            return false;
        }

        var ownReading = Read(body, own, out var ownCannotBeThousands);
        var otherReading = Read(body, other, out _);
        if (ownReading is { } mine)
        {
            // "15.000" under en-US: the culture reads 15 (three decimals), vi-VN would read 15000.
            if (!ownCannotBeThousands && otherReading is { } theirs && theirs != mine)
            {
                problem = $"'{text}' could mean {Show(mine, own)} or {Show(theirs, own)} ('{own.Decimal}' is the decimal mark in {Name(culture)}, "
                    + $"but '{other.Group}' groups thousands elsewhere). Write {Show(theirs, own, grouped: false)} for {Show(theirs, own)}, "
                    + $"or {Plain(mine, own)} for {Show(mine, own)}.";
                return false;
            }

            value = negative ? -mine : mine;
            problem = null;
            return true;
        }

        if (otherReading is { } only)
        {
            value = negative ? -only : only;
            problem = null;
            return true;
        }

        problem = $"'{text}' is not a number in {Name(culture)}. Write it as {Example(own)}.";
        return false;
    }

    /// <summary>
    /// The value under one convention: digits, at most one decimal mark, and in the whole part only well-formed
    /// thousands groups (1 to 3 digits, then groups of 3, by the group mark or by spaces). Null when it does not fit.
    /// </summary>
    private static decimal? Read(string body, Convention convention, out bool cannotBeThousands)
    {
        cannotBeThousands = false;
        var parts = body.Split(convention.Decimal);
        if (parts.Length > 2)
        {
            return null;
        }

        var whole = parts[0];
        var fraction = parts.Length == 2 ? parts[1] : null;
        if (fraction is not null && (fraction.Length == 0 || !fraction.All(IsDigit)))
        {
            return null;
        }

        if (whole.Length == 0 && fraction is null)
        {
            return null;
        }

        string digits;
        if (whole.All(IsDigit))
        {
            digits = whole;
        }
        else
        {
            var usesMark = whole.IndexOf(convention.Group) >= 0;
            var usesSpace = whole.Any(IsSpace);
            if (usesMark && usesSpace)
            {
                return null;
            }

            var groups = usesMark ? whole.Split(convention.Group) : whole.Split(' ', '\u00A0', '\u202F');
            if (groups[0].Length is < 1 or > 3 || groups[0][0] == '0' || !groups.All(g => g.All(IsDigit)) || groups.Skip(1).Any(g => g.Length != 3))
            {
                return null;
            }

            digits = string.Concat(groups);
            cannotBeThousands = fraction is null;
        }

        var invariant = (digits.Length == 0 ? "0" : digits) + (fraction is null ? string.Empty : "." + fraction);
        if (!decimal.TryParse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        // Only a lone decimal mark with exactly three digits can be the other convention's thousands.
        cannotBeThousands = cannotBeThousands || fraction is null || fraction.Length != 3 || whole.Length is 0 or > 3 || whole[0] == '0';
        return value;
    }

    private static string StripCurrency(string text)
    {
        foreach (var mark in CurrencyMarks)
        {
            if (text.EndsWith(mark, StringComparison.OrdinalIgnoreCase))
            {
                return text.Substring(0, text.Length - mark.Length).TrimEnd();
            }

            if (text.StartsWith(mark, StringComparison.OrdinalIgnoreCase))
            {
                return text.Substring(mark.Length).TrimStart();
            }
        }

        return text;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsSpace(char c) => c is ' ' or '\u00A0' or '\u202F';

    private static string Name(CultureInfo culture) => culture.Name.Length == 0 ? "the invariant culture" : culture.Name;

    private static string Example(Convention convention) => $"15000, 15{convention.Group}000 or 15000{convention.Decimal}5";

    private static string Show(decimal value, Convention convention, bool grouped = true) =>
        value.ToString(grouped ? "#,0.############" : "0.############", convention.Format);

    // A plain writing of a value with a fraction that cannot be read as thousands: one more decimal place (15.0, 1.2500).
    private static string Plain(decimal value, Convention convention)
    {
        var text = value.ToString("0.############", convention.Format);
        return text.IndexOf(convention.Decimal) < 0 ? text + convention.Decimal + "0" : text + "0";
    }

    private sealed class Convention
    {
        private Convention(char decimalMark, char group)
        {
            Decimal = decimalMark;
            Group = group;
            Format = new NumberFormatInfo { NumberDecimalSeparator = decimalMark.ToString(), NumberGroupSeparator = group.ToString() };
        }

        public char Decimal { get; }

        public char Group { get; }

        public NumberFormatInfo Format { get; }

        /// <summary>The culture's marks; a culture grouping by spaces (fr-FR) keeps its decimal mark and groups by '.' or ','.</summary>
        public static Convention Of(CultureInfo culture)
        {
            var decimalMark = culture.NumberFormat.NumberDecimalSeparator is { Length: 1 } d && d[0] is '.' or ',' ? d[0] : '.';
            return new Convention(decimalMark, decimalMark == '.' ? ',' : '.');
        }

        public Convention Other() => new(Group, Decimal);
    }
}
