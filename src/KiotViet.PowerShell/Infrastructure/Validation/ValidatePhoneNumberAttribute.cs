using System.Linq;
using System.Management.Automation;

namespace KiotViet.Commands.Infrastructure;

/// <summary>A phone number in any usual notation (0901 234 567, +84 901.234.567): digits with spaces, dots, dashes, parentheses and a leading +.</summary>
public sealed class ValidatePhoneNumberAttribute : RowValidationAttribute
{
    /// <summary>Accept a part of a number (Get-KvCustomer -ContactNumber searches by contained digits).</summary>
    public bool AllowPartial { get; set; }

    private protected override string? Problem(object? value)
    {
        if (value is not string text)
        {
            return null;
        }

        var trimmed = text.Trim();
        var digits = trimmed.Count(char.IsDigit);
        var allowed = trimmed.Select((c, i) => c is >= '0' and <= '9' or ' ' or '.' or '-' or '(' or ')' || (c == '+' && i == 0)).All(ok => ok);
        return !allowed || digits < (AllowPartial ? 1 : 6) || trimmed.Length > TextLimits.Phone
            ? $"'{Printable(trimmed)}' is not a phone number. Use digits, e.g. 0901234567 or +84 901 234 567."
            : null;
    }

    private static string Printable(string text) => new(text.Take(40).Select(c => char.IsControl(c) ? '?' : c).ToArray());
}
