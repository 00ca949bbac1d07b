using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using KiotViet.Input;

namespace KiotViet.Commands.Infrastructure;

/// <summary>
/// Reads the surcharges a sale names (-Surcharge): a code or id, a surcharge from Get-KvSurcharge, or a hashtable or
/// object with Code or Id and an optional Price. Each must be one of the shop's active surcharges; without a price it
/// adds its fixed amount, or its percentage of the lines' total.
/// </summary>
internal static class SurchargeInput
{
    /// <summary>The surcharges to send; throws ArgumentException naming the item it refuses.</summary>
    public static List<OrderSurcharge> Read(IEnumerable<object> items, IReadOnlyList<Surcharge> shop, IEnumerable<OrderLine> lines)
    {
        var linesTotal = lines.Sum(l => (l.Quantity * l.Price) - (l.Discount ?? 0m));
        return items.Select((item, index) => Read(item, index + 1, shop, linesTotal)).ToList();
    }

    private static OrderSurcharge Read(object item, int number, IReadOnlyList<Surcharge> shop, decimal linesTotal)
    {
        var value = item is PSObject wrapped ? wrapped.BaseObject : item;
        string? name;
        decimal? price = null;
        switch (value)
        {
            case Surcharge given:
                name = given.Id.ToString(CultureInfo.InvariantCulture);
                break;
            case string or long or int:
                name = Convert.ToString(value, CultureInfo.InvariantCulture);
                break;
            default:
                name = Field(item, "Code") ?? Field(item, "SurchargeCode") ?? Field(item, "Id") ?? Field(item, "SurchargeId");
                if ((Field(item, "Price") ?? Field(item, "Value")) is { Length: > 0 } text)
                {
                    price = ShopNumber.TryRead(text, CultureInfo.CurrentCulture, out var amount, out var problem) ? amount : throw new ArgumentException($"Surcharge {number}: Price {problem}");
                }

                break;
        }

        name = name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            throw new ArgumentException($"Surcharge {number} names no surcharge: give its code or id.");
        }

        var surcharge = shop.FirstOrDefault(s => string.Equals(s.SurchargeCode?.Trim(), name, StringComparison.OrdinalIgnoreCase))
            ?? (long.TryParse(name, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? shop.FirstOrDefault(s => s.Id == id) : null)
            ?? throw new ArgumentException($"Surcharge {number}: the shop has no surcharge with the code or id '{name}' (Get-KvSurcharge lists them).");
        if (surcharge.IsActive == false)
        {
            throw new ArgumentException($"Surcharge {number}: {surcharge.SurchargeCode} '{surcharge.SurchargeName}' is not active (Enable-KvSurcharge puts it back in use).");
        }

        if (price < 0)
        {
            throw new ArgumentException($"Surcharge {number}: Price {price} is negative.");
        }

        price ??= surcharge.Value ?? Math.Round(linesTotal * (surcharge.ValueRatio ?? 0m) / 100m, 0, MidpointRounding.AwayFromZero);
        return new OrderSurcharge { Id = surcharge.Id, Code = surcharge.SurchargeCode, Price = price };
    }

    private static string? Field(object item, string name)
    {
        if ((item is PSObject p ? p.BaseObject : item) is IDictionary table)
        {
            foreach (DictionaryEntry entry in table)
            {
                if (string.Equals(entry.Key?.ToString(), name, StringComparison.OrdinalIgnoreCase))
                {
                    return Convert.ToString(entry.Value, CultureInfo.InvariantCulture);
                }
            }

            return null;
        }

        return PSObject.AsPSObject(item).Properties[name]?.Value is { } found ? Convert.ToString(found, CultureInfo.InvariantCulture) : null;
    }
}
