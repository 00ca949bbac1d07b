using System;
using System.Collections.Generic;
using System.Linq;

namespace KiotViet.Webhooks;

/// <summary>
/// The 15 event types the KiotViet Public API documents (retail, section 2.11). There are no <c>*.create</c>
/// events: creating a record fires its <c>.update</c> event.
/// </summary>
public static class WebhookEventTypes
{
    public const string CustomerUpdate = "customer.update";
    public const string CustomerDelete = "customer.delete";
    public const string ProductUpdate = "product.update";
    public const string ProductDelete = "product.delete";
    public const string StockUpdate = "stock.update";
    public const string OrderUpdate = "order.update";
    public const string InvoiceUpdate = "invoice.update";
    public const string PriceBookUpdate = "pricebook.update";
    public const string PriceBookDelete = "pricebook.delete";
    public const string PriceBookDetailUpdate = "pricebookdetail.update";
    public const string PriceBookDetailDelete = "pricebookdetail.delete";
    public const string CategoryUpdate = "category.update";
    public const string CategoryDelete = "category.delete";
    public const string BranchUpdate = "branch.update";
    public const string BranchDelete = "branch.delete";

    /// <summary>All 15 types, in the documentation's order.</summary>
    public static IReadOnlyList<string> All { get; } = new[]
    {
        CustomerUpdate, CustomerDelete, ProductUpdate, ProductDelete, StockUpdate, OrderUpdate, InvoiceUpdate,
        PriceBookUpdate, PriceBookDelete, PriceBookDetailUpdate, PriceBookDetailDelete,
        CategoryUpdate, CategoryDelete, BranchUpdate, BranchDelete,
    };

    public static bool IsKnown(string? type) => type is not null && All.Contains(type, StringComparer.OrdinalIgnoreCase);

    /// <summary>The documented spelling of a type given in any case, or null when it is not one of the 15.</summary>
    public static string? Canonical(string? type) => All.FirstOrDefault(t => string.Equals(t, type?.Trim(), StringComparison.OrdinalIgnoreCase));
}
