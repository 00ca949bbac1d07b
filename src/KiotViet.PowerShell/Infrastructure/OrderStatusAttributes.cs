using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace KiotViet.Commands.Infrastructure;

/// <summary>
/// Order statuses by name (Draft, Completed, Cancelled, or the Vietnamese StatusValue) or by number, since KiotViet
/// documents no list of them and a shop may show others.
/// </summary>
public sealed class OrderStatusTransformationAttribute : ArgumentTransformationAttribute
{
    private static readonly Dictionary<string, OrderStatus> VietnameseNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Phiếu tạm"] = OrderStatus.Draft,
        ["Hoàn thành"] = OrderStatus.Completed,
        ["Đã hủy"] = OrderStatus.Cancelled,
    };

    public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
    {
        var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
        return value switch
        {
            null => null,
            string or OrderStatus or int or long => new[] { Number(value) },
            IEnumerable many => many.Cast<object?>().Select(v => Number(v is PSObject p ? p.BaseObject : v)).ToArray(),
            _ => value,
        };
    }

    private static int Number(object? value)
    {
        switch (value)
        {
            case OrderStatus status:
                return (int)status;
            case int or long or short or byte:
                return Convert.ToInt32(value, CultureInfo.InvariantCulture);
            case string text when int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number):
                return number;
            case string text when Enum.TryParse<OrderStatus>(text.Trim(), ignoreCase: true, out var named) && Enum.IsDefined(typeof(OrderStatus), named):
                return (int)named;
            case string text when VietnameseNames.TryGetValue(text.Trim(), out var vietnamese):
                return (int)vietnamese;
            default:
                throw new ArgumentTransformationMetadataException(
                    $"'{value}' is not an order status. Use Draft, Completed or Cancelled (Phiếu tạm, Hoàn thành, Đã hủy), or the number an order's Status shows.");
        }
    }
}

/// <summary>Completes the order status names.</summary>
public sealed class OrderStatusCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var typed = wordToComplete.Trim('\'', '"');
        return Enum.GetNames(typeof(OrderStatus))
            .Where(name => name.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
            .Select(name => new CompletionResult(name, name, CompletionResultType.ParameterValue, name));
    }
}
