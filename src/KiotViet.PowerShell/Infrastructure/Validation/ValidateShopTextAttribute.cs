using System.Collections;
using System.Management.Automation;

namespace KiotViet.Commands.Infrastructure;

/// <summary>
/// Text the API can store and search: no control characters (NUL, ESC, …; line breaks only where the field is
/// multi-line) and at most <see cref="MaxLength"/> characters. KiotViet documents no lengths, so the limits are
/// generous (see <see cref="TextLimits"/>): they catch a wrong CSV column, not a long name.
/// </summary>
public sealed class ValidateShopTextAttribute : RowValidationAttribute
{
    public ValidateShopTextAttribute(int maxLength) => MaxLength = maxLength;

    public int MaxLength { get; }

    /// <summary>Allows CR, LF and tab (addresses, comments, descriptions).</summary>
    public bool AllowLineBreaks { get; set; }

    /// <summary>What is wrong with the text (or each text of a list), or null when it can be sent.</summary>
    private protected override string? Problem(object? value)
    {
        if (value is string text)
        {
            return Check(text);
        }

        if (value is IEnumerable many)
        {
            foreach (var item in many)
            {
                if ((item is PSObject w ? w.BaseObject : item) is string one && Check(one) is { } problem)
                {
                    return problem;
                }
            }
        }

        return null;
    }

    private string? Check(string text)
    {
        if (text.Length > MaxLength)
        {
            return $"The text is {text.Length} characters long; at most {MaxLength} are accepted.";
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var lineBreak = c is '\r' or '\n' or '\t';
            if ((char.IsControl(c) && !(AllowLineBreaks && lineBreak)) || (char.IsSurrogate(c) && !IsPair(text, i)))
            {
                return $"The text contains the control character U+{(int)c:X4} at position {i + 1}{(lineBreak ? " (line breaks are not allowed here)" : "")}. Remove it (often a stray character from a copied cell).";
            }

            if (char.IsHighSurrogate(c))
            {
                i++;
            }
        }

        return null;
    }

    private static bool IsPair(string text, int i) => char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
}

/// <summary>The length limits the module applies to text it sends. KiotViet documents none; these are deliberately generous.</summary>
public static class TextLimits
{
    public const int Code = 100;
    public const int Name = 255;
    public const int Phone = 50;
    public const int Email = 254;
    public const int Line = 500;
    public const int Note = 4000;
}
