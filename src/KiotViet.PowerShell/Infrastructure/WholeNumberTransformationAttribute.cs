using System.Globalization;
using System.Management.Automation;

namespace KiotViet.Commands.Infrastructure;

/// <summary>Accepts a whole number (a status, a count) or the text of one; an empty cell means not given.</summary>
public sealed class WholeNumberTransformationAttribute : RowTransformationAttribute
{
    internal override object? DeferredValue => 0L;

    /// <summary>The number in <paramref name="text"/>; throws saying it is not <paramref name="what"/>.</summary>
    internal static long Read(string text, string what = "a whole number") =>
        long.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new ArgumentTransformationMetadataException($"'{text}' is not {what}.");

    private protected override object? Convert(object? value, object? inputData) => value switch
    {
        string text when string.IsNullOrWhiteSpace(text) => null,
        string text => Read(text),
        _ => inputData,
    };
}
