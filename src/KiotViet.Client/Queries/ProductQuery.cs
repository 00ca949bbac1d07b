using KiotViet.Http;

namespace KiotViet;

/// <summary>Filters for listing products (GET /products).</summary>
public sealed class ProductQuery : ListQuery<Product>
{
    public long? CategoryId { get; set; }

    /// <summary>Adds stock per branch.</summary>
    public bool IncludeInventory { get; set; }

    /// <summary>Adds the price in each price book.</summary>
    public bool IncludePriceBook { get; set; }

    private protected override void AddFilters(QueryString query) => query
        .Add("categoryId", CategoryId)
        .Add("includeInventory", IncludeInventory)
        .Add("includePricebook", IncludePriceBook);
}
