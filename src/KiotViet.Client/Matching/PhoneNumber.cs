using System.Linq;
using System.Text;

namespace KiotViet.Matching;

/// <summary>Vietnamese phone numbers in one comparable form: digits only, national prefix 0 (+84/84 become 0).</summary>
public static class PhoneNumber
{
    /// <summary>
    /// The number with the leading zero a spreadsheet dropped when it read the cell as a number: a Vietnamese mobile
    /// number is 0 then 9 digits starting 3, 5, 7, 8 or 9 (0356011840 saved as 356011840), a landline 0 then 10 digits
    /// starting 2 (02838123456). Null when the text is not such a number (anything but bare digits is left alone).
    /// </summary>
    public static string? WithLostZeroRestored(string? text)
    {
        var trimmed = text?.Trim();
        if (trimmed is null || trimmed.Length is not (9 or 10) || !trimmed.All(c => c is >= '0' and <= '9'))
        {
            return null;
        }

        var lostMobileZero = trimmed.Length == 9 && trimmed[0] is '3' or '5' or '7' or '8' or '9';
        var lostLandlineZero = trimmed.Length == 10 && trimmed[0] == '2';
        return lostMobileZero || lostLandlineZero ? "0" + trimmed : null;
    }

    /// <summary>Null when the text holds no digits.</summary>
    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var digits = new StringBuilder(text!.Length);
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
            {
                digits.Append(c);
            }
        }

        var number = digits.ToString();
        if (number.Length == 0)
        {
            return null;
        }

        if (number.StartsWith("0084", System.StringComparison.Ordinal))
        {
            number = number.Substring(4);
        }
        else if (number.StartsWith("84", System.StringComparison.Ordinal) && number.Length >= 11)
        {
            number = number.Substring(2);
        }

        return number.StartsWith("0", System.StringComparison.Ordinal) ? number : "0" + number;
    }
}
