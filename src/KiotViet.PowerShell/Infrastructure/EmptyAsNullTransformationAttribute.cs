using System.Management.Automation;

namespace KiotViet.Commands.Infrastructure;

/// <summary>An empty or blank CSV cell binds as "not given" instead of an empty value.</summary>
public sealed class EmptyAsNullTransformationAttribute : RowTransformationAttribute
{
    private protected override object? Convert(object? value, object? inputData) =>
        value is string text && string.IsNullOrWhiteSpace(text) ? null : inputData;
}
