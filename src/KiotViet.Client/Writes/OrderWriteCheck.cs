using System;
using System.Linq;

namespace KiotViet.Writes;

/// <summary>Whether an order record shows a create of a draft: the same branch, customer and lines.</summary>
internal static class OrderWriteCheck
{
    public static bool IsCreatedFrom(OrderDraft draft, Order order)
    {
        if (order.BranchId != draft.BranchId || (draft.CustomerId is { } customer && order.CustomerId != customer))
        {
            return false;
        }

        var unmatched = order.Lines.ToList();
        if (unmatched.Count != draft.OrderDetails.Count)
        {
            return false;
        }

        foreach (var line in draft.OrderDetails)
        {
            var match = unmatched.FindIndex(l => l.Quantity == line.Quantity && SameProduct(line, l));
            if (match < 0)
            {
                return false;
            }

            unmatched.RemoveAt(match);
        }

        return true;
    }

    // A draft line names its product by id or by code; the stored line carries both.
    private static bool SameProduct(OrderLine sent, OrderLine stored) =>
        sent.ProductId is { } id ? stored.ProductId == id : string.Equals(sent.ProductCode, stored.ProductCode, StringComparison.OrdinalIgnoreCase);
}
