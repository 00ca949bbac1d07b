using System.Text;

namespace KiotViet.Matching;

/// <summary>Vietnamese phone numbers in one comparable form: digits only, national prefix 0 (+84/84 become 0).</summary>
public static class PhoneNumber
{
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
