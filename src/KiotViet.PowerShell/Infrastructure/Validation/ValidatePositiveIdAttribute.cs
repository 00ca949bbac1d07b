using System.Collections;
using System.Management.Automation;

namespace KiotViet.Commands.Infrastructure;

/// <summary>KiotViet ids are positive; an absent value (an empty CSV cell) is left to the parameter's own rules.</summary>
public sealed class ValidatePositiveIdAttribute : RowValidationAttribute
{
    /// <summary>0 is accepted too, where it names something (the general price book).</summary>
    public bool AllowZero { get; set; }

    private protected override string? Problem(object? value)
    {
        foreach (var item in value is IEnumerable many and not string ? many : new[] { value })
        {
            if ((item is PSObject w ? w.BaseObject : item) is long id && id < (AllowZero ? 0 : 1))
            {
                return $"{id} is not a KiotViet id; ids are {(AllowZero ? 0 : 1)} or more.";
            }
        }

        return null;
    }
}
