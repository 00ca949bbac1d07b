using System;

namespace KiotViet;

/// <summary>Filters for listing products (GET /products).</summary>
public sealed class ProductQuery
{
    public long? CategoryId { get; set; }

    public DateTime? ModifiedSince { get; set; }

    public bool IncludeRemoved { get; set; }

    /// <summary>Adds stock per branch.</summary>
    public bool IncludeInventory { get; set; }

    /// <summary>Adds the price in each price book.</summary>
    public bool IncludePriceBook { get; set; }

    public string? OrderBy { get; set; }

    public bool Descending { get; set; }
}
