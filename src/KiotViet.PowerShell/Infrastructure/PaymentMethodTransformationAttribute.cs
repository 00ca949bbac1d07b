using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace KiotViet.Commands.Infrastructure;

/// <summary>
/// How money is paid, as KiotViet names it (Cash, Card, Transfer), from any casing or the Vietnamese words a shop's
/// file uses (Tiền mặt, Thẻ, Chuyển khoản); an empty cell means not given.
/// </summary>
public sealed class PaymentMethodTransformationAttribute : RowTransformationAttribute
{
    internal static readonly string[] Methods = { "Cash", "Card", "Transfer" };

    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Cash"] = "Cash", ["Tiền mặt"] = "Cash", ["Tien mat"] = "Cash",
        ["Card"] = "Card", ["Thẻ"] = "Card", ["The"] = "Card",
        ["Transfer"] = "Transfer", ["Chuyển khoản"] = "Transfer", ["Chuyen khoan"] = "Transfer",
    };

    private protected override object? Convert(object? value, object? inputData) => value switch
    {
        string text when string.IsNullOrWhiteSpace(text) => null,
        string text => Names.TryGetValue(text.Trim(), out var method)
            ? method
            : throw new ArgumentTransformationMetadataException($"'{text}' is not a payment method. Use Cash, Card or Transfer."),
        _ => inputData,
    };
}

/// <summary>Completes Cash, Card and Transfer.</summary>
public sealed class PaymentMethodCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        PaymentMethodTransformationAttribute.Methods
            .Where(m => m.StartsWith(wordToComplete.Trim('\'', '"'), StringComparison.OrdinalIgnoreCase))
            .Select(m => new CompletionResult(m));
}
