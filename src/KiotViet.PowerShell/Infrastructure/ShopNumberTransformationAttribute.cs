using System;
using System.Globalization;
using System.Management.Automation;
using KiotViet.Input;

namespace KiotViet.Commands.Infrastructure;

/// <summary>
/// Reads money and quantities given as text in the session's culture (<see cref="ShopNumber"/>): under vi-VN
/// '15.000' is fifteen thousand and '0,5' a half; a text that could mean two numbers is refused naming both. Numbers
/// bind as they are; an empty CSV cell means "not given".
/// </summary>
public sealed class ShopNumberTransformationAttribute : RowTransformationAttribute
{
    /// <summary>An empty text is refused instead of meaning "not given" (an amount that must be there).</summary>
    public bool EmptyIsRefused { get; set; }

    private protected override object? Convert(object? value, object? inputData) =>
        value switch
        {
            string text when string.IsNullOrWhiteSpace(text) => EmptyIsRefused ? throw new ArgumentTransformationMetadataException("The value is empty: give a number.") : null,
            string text => Read(text, CultureInfo.CurrentCulture),
            double or float => System.Convert.ToDecimal(value, CultureInfo.InvariantCulture),
            _ => inputData,
        };

    /// <summary>The number, or the reason it is refused as a binding error.</summary>
    internal static decimal Read(string text, CultureInfo culture) =>
        ShopNumber.TryRead(text, culture, out var number, out var problem) ? number : throw new ArgumentTransformationMetadataException(problem);
}
