namespace KiotViet.Sandbox.Webhooks;

/// <summary>The 15 real retail webhook types (there are no *.create events: creates fire *.update).</summary>
internal static class WebhookTypes
{
    public static readonly IReadOnlyList<string> All = new[]
    {
        "customer.update", "customer.delete", "product.update", "product.delete", "stock.update", "order.update", "invoice.update",
        "pricebook.update", "pricebook.delete", "pricebookdetail.update", "pricebookdetail.delete",
        "category.update", "category.delete", "branch.update", "branch.delete",
    };

    public static bool IsKnown(string? type) => type is not null && All.Contains(type, StringComparer.Ordinal);
}
