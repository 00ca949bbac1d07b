using System.Collections;
using System.Linq;
using System.Management.Automation;

namespace KiotViet.Commands.Infrastructure;

/// <summary>
/// A value that must be there: not null, not empty or blank text (nor a list holding one). On a mandatory parameter,
/// pair it with [AllowEmptyString] so that a CSV row with an empty cell reaches the cmdlet, which refuses it as a row.
/// </summary>
public sealed class ValidateGivenAttribute : RowValidationAttribute
{
    private protected override string? Problem(object? value) => value switch
    {
        null => "The value is missing.",
        string text => string.IsNullOrWhiteSpace(text) ? "The value is empty." : null,
        IEnumerable many when many.Cast<object?>().Any(Blank) => "A value in the list is empty.",
        IEnumerable many when !many.Cast<object?>().Any() => "The list is empty.",
        _ => null,
    };

    private static bool Blank(object? item) => (item is PSObject w ? w.BaseObject : item) is null or string { Length: 0 } || (item is string s && string.IsNullOrWhiteSpace(s));
}
