using System;
using System.Linq;

namespace KiotViet.Writes;

/// <summary>Whether an order record shows a create of a draft (the same branch, customer and lines), an update, or a cancel.</summary>
internal static class OrderWriteCheck
{
    /// <summary>KiotViet's wording of a cancelled order (the numeric order statuses are not documented).</summary>
    public const string CancelledText = "Đã hủy";

    public static bool IsCreatedFrom(OrderDraft draft, Order order) =>
        order.BranchId == draft.BranchId && (draft.CustomerId is not { } customer || order.CustomerId == customer) && HasLines(draft.OrderDetails, order);

    /// <summary>True when the order shows every field the update set.</summary>
    public static bool ShowsUpdate(OrderChanges changes, Order order) =>
        (changes.CustomerId is not { } customer || order.CustomerId == customer)
        && (changes.Description is null || string.Equals(changes.Description.Trim(), order.Description?.Trim(), StringComparison.Ordinal))
        && (changes.Discount is not { } discount || order.Discount == discount)
        && (changes.OrderDetails is not { } lines || HasLines(lines, order));

    public static bool IsCancelled(Order order) => string.Equals(order.StatusValue, CancelledText, StringComparison.OrdinalIgnoreCase);

    // The same lines, in any order: each sent line matches one stored line by product and quantity.
    private static bool HasLines(System.Collections.Generic.IReadOnlyCollection<OrderLine> sent, Order order)
    {
        var unmatched = order.Lines.ToList();
        if (unmatched.Count != sent.Count)
        {
            return false;
        }

        foreach (var line in sent)
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
