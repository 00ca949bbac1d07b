using System;
using System.Collections;
using System.Globalization;
using System.Linq;
using System.Management.Automation;

namespace KiotViet.Commands.Infrastructure;

/// <summary>Reads an order line from a hashtable or any object (a CSV row): ProductId or ProductCode, Quantity, Price.</summary>
internal static class OrderLineInput
{
    public static OrderLine Read(object input, int position)
    {
        var value = input is PSObject wrapped ? wrapped.BaseObject : input;
        string? Get(params string[] names)
        {
            foreach (var name in names)
            {
                object? found = value is IDictionary table
                    ? table.Keys.Cast<object>().Where(k => string.Equals(k?.ToString(), name, StringComparison.OrdinalIgnoreCase)).Select(k => table[k]).FirstOrDefault()
                    : PSObject.AsPSObject(input).Properties[name]?.Value;
                if (found is not null && !string.IsNullOrWhiteSpace(found.ToString()))
                {
                    return Convert.ToString(found is PSObject p ? p.BaseObject : found, CultureInfo.InvariantCulture);
                }
            }

            return null;
        }

        var line = new OrderLine
        {
            ProductId = Get("ProductId") is { } id ? ParseLong(id, position) : null,
            ProductCode = Get("ProductCode", "Code"),
            ProductName = Get("ProductName"),
            Quantity = Get("Quantity", "Qty") is { } quantity ? ParseDecimal(quantity, "Quantity", position) : 0,
            Price = Get("Price") is { } price ? ParseDecimal(price, "Price", position) : 0,
            Discount = Get("Discount") is { } discount ? ParseDecimal(discount, "Discount", position) : null,
            Note = Get("Note"),
        };

        if (line.ProductId is null && line.ProductCode is null)
        {
            throw new ArgumentException($"Line {position}: give ProductId or ProductCode.");
        }

        if (line.Quantity <= 0 || line.Price < 0)
        {
            throw new ArgumentException($"Line {position}: Quantity must be more than 0 and Price 0 or more.");
        }

        return line;
    }

    private static long ParseLong(string text, int position) =>
        long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : throw new ArgumentException($"Line {position}: ProductId '{text}' is not a number.");

    private static decimal ParseDecimal(string text, string field, int position) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : throw new ArgumentException($"Line {position}: {field} '{text}' is not a number.");
}
