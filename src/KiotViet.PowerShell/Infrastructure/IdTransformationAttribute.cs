using System.Globalization;
using System.Management.Automation;

namespace KiotViet.Commands.Infrastructure;

/// <summary>Accepts an id as a number or as the text of one (a CSV cell); an empty cell means not given.</summary>
public sealed class IdTransformationAttribute : RowTransformationAttribute
{
    /// <summary>An empty cell is refused: the id says which record the row is for.</summary>
    public bool Required { get; set; }

    internal override object? DeferredValue => 0L;

    /// <summary>The id in <paramref name="text"/>; throws saying what is wrong.</summary>
    internal static long Read(string text) => WholeNumberTransformationAttribute.Read(text, "a numeric id");

    private protected override object? Convert(object? value, object? inputData) => value switch
    {
        string text when string.IsNullOrWhiteSpace(text) => Required ? throw new ArgumentTransformationMetadataException("The id is empty: give the id of the record to change.") : null,
        string text => Read(text),
        _ => inputData,
    };
}
