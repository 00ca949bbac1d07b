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
        && (changes.OrderDetails is not { } lines || HasLines(lines, order))
        && DeliveryWriteCheck.ShowsDate(changes.PurchaseDate, order.PurchaseDate)
        && DeliveryWriteCheck.ShowsChannel(changes.SaleChannelId, order.SaleChannelId)
        && DeliveryWriteCheck.Shows(changes.Delivery, order.Delivery);

    public static bool IsCancelled(Order order) => string.Equals(order.StatusValue, CancelledText, StringComparison.OrdinalIgnoreCase);

    private static bool HasLines(System.Collections.Generic.IReadOnlyCollection<OrderLine> sent, Order order) =>
        SaleLineMatch.SameLines(sent, order.Lines.Select(l => (l.ProductId, l.ProductCode, l.Quantity)));
}
