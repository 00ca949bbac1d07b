using System;
using System.Collections.Generic;
using System.Linq;

namespace KiotViet.Writes;

/// <summary>Whether a sale document (order, invoice) holds exactly the lines a write sent, in any order.</summary>
internal static class SaleLineMatch
{
    /// <summary>Each sent line matches one stored line by product (id, or code when the line named it so) and quantity.</summary>
    public static bool SameLines(IReadOnlyCollection<OrderLine> sent, IEnumerable<(long? ProductId, string? ProductCode, decimal Quantity)> stored)
    {
        var unmatched = stored.ToList();
        if (unmatched.Count != sent.Count)
        {
            return false;
        }

        foreach (var line in sent)
        {
            var match = unmatched.FindIndex(s => s.Quantity == line.Quantity && SameProduct(line, s.ProductId, s.ProductCode));
            if (match < 0)
            {
                return false;
            }

            unmatched.RemoveAt(match);
        }

        return true;
    }

    /// <summary>What the lines come to: quantity × price − line discount, less the document's discount.</summary>
    public static decimal Total(IEnumerable<OrderLine> lines, decimal? documentDiscount) =>
        lines.Sum(l => (l.Quantity * l.Price) - (l.Discount ?? 0)) - (documentDiscount ?? 0);

    private static bool SameProduct(OrderLine sent, long? storedId, string? storedCode) =>
        sent.ProductId is { } id ? storedId == id : string.Equals(sent.ProductCode, storedCode, StringComparison.OrdinalIgnoreCase);
}
