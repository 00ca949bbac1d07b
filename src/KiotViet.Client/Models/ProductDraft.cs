using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;

namespace KiotViet;

/// <summary>
/// The fields of a product create or update (POST /products, PUT /products/{id}). Only the fields that are set
/// are sent, so an update changes exactly what the caller gave.
/// </summary>
public sealed class ProductDraft
{
    public string? Code { get; set; }

    // The documentation spells it barCode.
    [JsonPropertyName("barCode")]
    public string? Barcode { get; set; }

    public string? Name { get; set; }

    public long? CategoryId { get; set; }

    public decimal? BasePrice { get; set; }

    public string? Unit { get; set; }

    public string? Description { get; set; }

    public decimal? Weight { get; set; }

    public bool? AllowsSale { get; set; }

    /// <summary>Stock on hand per branch.</summary>
    public List<BranchStockDraft>? Inventories { get; set; }

    /// <summary>The product has variants (hasVariants): sent with its attributes.</summary>
    public bool? HasVariants { get; set; }

    /// <summary>The variant's attributes (Màu: Đỏ, Size: M).</summary>
    public List<ProductAttributeDraft>? Attributes { get; set; }

    /// <summary>The first variant of the family this variant joins (masterProductId; creates only).</summary>
    public long? MasterProductId { get; set; }

    /// <summary>The base-unit product this product is another unit of (masterUnitId).</summary>
    public long? MasterUnitId { get; set; }

    /// <summary>How many base units this unit holds (conversionValue).</summary>
    public decimal? ConversionValue { get; set; }

    /// <summary>Image URLs (creates only: PUT /products/{id} documents no images).</summary>
    public List<string>? Images { get; set; }

    /// <summary>Whether the product is in business (updates only).</summary>
    public bool? IsActive { get; set; }

    /// <summary>Whether the product earns reward points (updates only).</summary>
    public bool? IsRewardPoint { get; set; }

    /// <summary>The product's VAT ids (productTaxs; January 2026 doc: 1 VAT 0%, 2 VAT 5%, 3 VAT 8%, 4 VAT 10%, …).</summary>
    [JsonIgnore]
    public List<int>? TaxIds { get; set; }

    /// <summary>The VAT id applied on purchase (purchaseTax).</summary>
    [JsonIgnore]
    public int? PurchaseTaxId { get; set; }

    /// <summary>True when no field is set.</summary>
    [JsonIgnore]
    public bool IsEmpty => !GivenFields.Any();

    /// <summary>The names of the fields that are set, for messages ("BasePrice, Unit").</summary>
    [JsonIgnore]
    public IEnumerable<string> GivenFields =>
        typeof(ProductDraft).GetProperties()
            .Where(p => p.Name is not (nameof(IsEmpty) or nameof(GivenFields)) && p.GetIndexParameters().Length == 0 && p.GetMethod!.IsPublic && p.GetValue(this) is not null)
            .Select(p => p.Name);

    [JsonInclude]
    [JsonPropertyName("productTaxs")]
    internal List<ProductTaxReference>? ProductTaxes => TaxIds is { Count: > 0 } ids ? ids.Select(id => new ProductTaxReference { TaxId = id }).ToList() : null;

    [JsonInclude]
    [JsonPropertyName("purchaseTax")]
    internal ProductTaxReference? PurchaseTax => PurchaseTaxId is { } id ? new ProductTaxReference { TaxId = id } : null;
}

/// <summary>A product's stock on hand in one branch, as a create or update sets it.</summary>
public sealed class BranchStockDraft
{
    public long BranchId { get; set; }

    public decimal OnHand { get; set; }

    /// <summary>Cost price (giá vốn) in this branch.</summary>
    public decimal? Cost { get; set; }
}
