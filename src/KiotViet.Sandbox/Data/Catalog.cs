using System.Text.Json.Serialization;

namespace KiotViet.Sandbox.Data;

/// <summary>A product category; at most three levels deep.</summary>
internal sealed class Category
{
    public long CategoryId { get; init; }
    public long? ParentId { get; set; }
    public string CategoryName { get; set; } = string.Empty;
    public long RetailerId { get; init; }
    public bool HasChild { get; set; }
    public DateTime? ModifiedDate { get; set; }
    public DateTime CreatedDate { get; init; }
}

/// <summary>A product with its stock per branch and its prices per price book.</summary>
internal sealed class Product
{
    public long Id { get; init; }
    public string Code { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public string FullName { get; set; } = string.Empty;
    public long CategoryId { get; set; }
    public string CategoryName { get; set; } = string.Empty;
    public bool AllowsSale { get; set; } = true;
    public int Type { get; init; } = 2;
    public bool HasVariants { get; set; }
    public decimal BasePrice { get; set; }
    public string Unit { get; set; } = string.Empty;
    public string? BarCode { get; set; }
    public string? Description { get; set; }
    public double Weight { get; set; }
    public bool IsActive { get; set; } = true;

    /// <summary>The first variant of its family (masterProductId), when it is a variant; printed when set.</summary>
    public long? MasterProductId { get; set; }

    /// <summary>Its family's base-unit product (masterUnitId), when it is another unit; printed when set.</summary>
    public long? MasterUnitId { get; set; }

    /// <summary>How many base units it holds; printed when set.</summary>
    public double? ConversionValue { get; set; }

    /// <summary>A variant's attributes; printed when it has some.</summary>
    public List<ProductAttributeRow>? Attributes { get; set; }

    /// <summary>Image URLs: printed by the routes, as each read prints them (2.4.1 [{Image}], 2.4.2 [url]).</summary>
    [JsonIgnore]
    public List<string>? Images { get; set; }

    /// <summary>Whether it earns reward points (PUT /products/{id}); no read documents it.</summary>
    [JsonIgnore]
    public bool? IsRewardPoint { get; set; }
    public long RetailerId { get; init; }
    public DateTime CreatedDate { get; init; }
    public DateTime? ModifiedDate { get; set; }

    [JsonIgnore]
    public List<ProductInventory> Inventories { get; set; } = new();

    [JsonIgnore]
    public List<ProductPrice> PriceBooks { get; init; } = new();

    [JsonIgnore]
    public DateTime LastChanged => ModifiedDate ?? CreatedDate;
}

internal sealed record ProductAttributeRow(long ProductId, string AttributeName, string AttributeValue);

internal sealed record ProductInventory(long ProductId, string ProductCode, string ProductName, long BranchId, string BranchName, decimal Cost, double OnHand, double Reserved);

internal sealed record ProductPrice(long PriceBookId, string PriceBookName, long ProductId, bool IsActive, DateTime StartDate, DateTime EndDate, decimal Price);

/// <summary>A staff member who sells (soldById/soldByName).</summary>
internal sealed record Seller(long Id, string Name);
