using System;
using System.Collections;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using KiotViet.Input;

namespace KiotViet.Commands.Infrastructure;

/// <summary>Reads an order line from a hashtable or any object (a CSV row): ProductId or ProductCode, Quantity, Price.</summary>
internal static class OrderLineInput
{
    /// <summary>True when the line gives a value for this field.</summary>
    public static bool Has(object input, string name) => Field(input, name) is not null;

    /// <summary>A number field that may be absent (null).</summary>
    public static decimal? ReadOptionalDecimal(object input, string name, int position) =>
        Field(input, name) is { } given ? ParseDecimal(given, name, position) : null;

    public static OrderLine Read(object input, int position)
    {
        string? Get(params string[] names) =>
            GetValue(names) is { } found ? Convert.ToString(found, CultureInfo.InvariantCulture) : null;

        object? GetValue(params string[] names) => names.Select(n => Field(input, n)).FirstOrDefault(v => v is not null);

        var line = new OrderLine
        {
            ProductId = Get("ProductId") is { } id ? ParseLong(id, position) : null,
            ProductCode = Get("ProductCode", "Code"),
            ProductName = Get("ProductName"),
            Quantity = GetValue("Quantity", "Qty") is { } quantity ? ParseDecimal(quantity, "Quantity", position) : 0,
            Price = GetValue("Price") is { } price ? ParseDecimal(price, "Price", position) : 0,
            Discount = GetValue("Discount") is { } discount ? ParseDecimal(discount, "Discount", position) : null,
            Note = Get("Note"),
            TaxIds = GetValue("TaxIds", "TaxId") is { } taxes ? ParseTaxIds(taxes, position) : null,
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

    /// <summary>The field's value (a hashtable key or a property, any case), or null when absent or blank.</summary>
    private static object? Field(object input, string name)
    {
        var value = input is PSObject wrapped ? wrapped.BaseObject : input;
        object? found = value is IDictionary table
            ? table.Keys.Cast<object>().Where(k => string.Equals(k?.ToString(), name, StringComparison.OrdinalIgnoreCase)).Select(k => table[k]).FirstOrDefault()
            : PSObject.AsPSObject(input).Properties[name]?.Value;
        return found is not null && !string.IsNullOrWhiteSpace(found.ToString()) ? (found is PSObject p ? p.BaseObject : found) : null;
    }

    // The line's VAT ids (January 2026 doc: 1 VAT 0%, 2 VAT 5%, 3 VAT 8%, 4 VAT 10%, …): a number, a list, or a CSV
    // cell such as "4" or "4;6".
    private static System.Collections.Generic.List<int> ParseTaxIds(object given, int position)
    {
        var items = given is IEnumerable list and not string
            ? list.Cast<object>().Select(i => Convert.ToString(i is PSObject p ? p.BaseObject : i, CultureInfo.InvariantCulture) ?? "")
            : (Convert.ToString(given, CultureInfo.InvariantCulture) ?? "").Split(new[] { ',', ';', ' ' }, StringSplitOptions.RemoveEmptyEntries);
        return items.Select(text => int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) && id > 0
                ? id
                : throw new ArgumentException($"Line {position}: TaxId '{text}' is not a tax id (a number such as 4 for VAT 10%)."))
            .ToList();
    }

    private static long ParseLong(string text, int position) =>
        long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : throw new ArgumentException($"Line {position}: ProductId '{text}' is not a number.");

    // A number typed or saved in the session's culture (docs/design.md, "the user's data edge").
    private static decimal ParseDecimal(object given, string field, int position)
    {
        if (given is not string text)
        {
            try
            {
                return Convert.ToDecimal(given, CultureInfo.InvariantCulture);
            }
            catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException)
            {
                throw new ArgumentException($"Line {position}: {field} '{given}' is not a number.");
            }
        }

        return ShopNumber.TryRead(text, CultureInfo.CurrentCulture, out var value, out var problem) ? value : throw new ArgumentException($"Line {position}: {field} {problem}");
    }
}
