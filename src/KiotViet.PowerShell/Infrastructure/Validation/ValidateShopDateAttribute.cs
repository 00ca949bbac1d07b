using System;
using System.Management.Automation;

namespace KiotViet.Commands.Infrastructure;

/// <summary>
/// Dates KiotViet can store and compare: from 1900-01-01 to 9999-12-30. The calendar's very ends (year 1, the last
/// day of 9999) have no UTC+7 equivalent and no meaning to a shop; they are usually a typo or an empty cell read as a date.
/// </summary>
public sealed class ValidateShopDateAttribute : RowValidationAttribute
{
    public static readonly DateTime Earliest = new(1900, 1, 1);
    public static readonly DateTime Latest = new(9999, 12, 30);

    private protected override string? Problem(object? value)
    {
        var date = value switch
        {
            DateTime d => d,
            DateTimeOffset o => o.DateTime,
            _ => (DateTime?)null,
        };

        return date is { } given && (given < Earliest || given > Latest)
            ? $"{given:yyyy-MM-dd} is outside the dates KiotViet accepts ({Earliest:yyyy-MM-dd} to {Latest:yyyy-MM-dd})."
            : null;
    }
}
