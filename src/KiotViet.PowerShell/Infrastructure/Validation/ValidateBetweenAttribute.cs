namespace KiotViet.Commands.Infrastructure;

/// <summary>A whole number within the values the API documents (a status from 1 to 12).</summary>
public sealed class ValidateBetweenAttribute : RowValidationAttribute
{
    public ValidateBetweenAttribute(long minimum, long maximum) => (Minimum, Maximum) = (minimum, maximum);

    public long Minimum { get; }

    public long Maximum { get; }

    private protected override string? Problem(object? value) =>
        value is int or long && System.Convert.ToInt64(value) is var number && (number < Minimum || number > Maximum)
            ? $"{number} is not between {Minimum} and {Maximum}."
            : null;
}
