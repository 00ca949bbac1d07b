using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;

using KiotViet.Resources;

namespace KiotViet;

/// <summary>A product (hàng hóa). Inventories and price books read as summaries in a CSV cell; TotalOnHand totals the branches.</summary>
[ApiPath("products")]
public sealed class Product : ITrackedEntity
{
    private SummarizedList<ProductTax>? taxes;

    private SummarizedList<ProductInventory>? inventories;
    private SummarizedList<ProductAttributeDraft>? attributes;
    private SummarizedList<ProductUnit>? units;
    private SummarizedList<string>? images;
    private SummarizedList<ProductPrice>? priceBooks;

    public long Id { get; set; }

    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? FullName { get; set; }

    /// <summary>The barcode (mã vạch); the API spells it barCode.</summary>
    public string? Barcode { get; set; }

    public long? CategoryId { get; set; }

    public string? CategoryName { get; set; }

    public decimal? BasePrice { get; set; }

    public string? Unit { get; set; }

    /// <summary>1 combo, 2 normal, 3 service.</summary>
    public int? Type { get; set; }

    public bool? IsActive { get; set; }

    public bool? AllowsSale { get; set; }

    public bool? HasVariants { get; set; }

    public decimal? Weight { get; set; }

    public string? Description { get; set; }

    public long RetailerId { get; set; }

    public DateTimeOffset? CreatedDate { get; set; }

    public DateTimeOffset? ModifiedDate { get; set; }

    /// <summary>The VAT rate as KiotViet words it (January 2026 doc, e.g. "10%"); null on shops without VAT.</summary>
    public string? TaxRate { get; set; }

    /// <summary>The VAT rate as a number (January 2026 doc: taxRateDirect).</summary>
    public decimal? TaxRateDirect { get; set; }

    public string? TaxType { get; set; }

    /// <summary>The base price with VAT (January 2026 doc: PriceAfterTax).</summary>
    public decimal? PriceAfterTax { get; set; }

    /// <summary>The VAT applied on sale (January 2026 doc).</summary>
    public ProductTax? SaleTax { get; set; }

    /// <summary>The VAT applied on purchase (January 2026 doc).</summary>
    public ProductTax? PurchaseTax { get; set; }

    [JsonIgnore]
    public SummarizedList<ProductTax> Taxes => taxes ??= SummarizedList.Of(TaxList);

    [JsonInclude]
    [JsonPropertyName("productTaxs")]
    internal List<ProductTax>? TaxList { get; set; }

    /// <summary>
    /// Stock on hand across all branches (with -IncludeInventory). Not "OnHand": that column of a CSV sets one
    /// branch's stock on import, so an exported total must not bind to it.
    /// </summary>
    [JsonIgnore]
    public decimal? TotalOnHand => InventoryList is { } branches && branches.All(i => i.OnHand is not null) ? branches.Sum(i => i.OnHand!.Value) : null;

    [JsonIgnore]
    public SummarizedList<ProductInventory> Inventories => inventories ??= new SummarizedList<ProductInventory>(InventoryList ?? new List<ProductInventory>(), i => i.ToString());

    [JsonIgnore]
    public SummarizedList<ProductPrice> PriceBooks => priceBooks ??= new SummarizedList<ProductPrice>(PriceBookList ?? new List<ProductPrice>(), p => p.ToString());

    /// <summary>The first variant of this product's family (masterProductId), when it is a variant.</summary>
    public long? MasterProductId { get; set; }

    /// <summary>The base-unit product of this product's family (masterUnitId), when this is another unit of it.</summary>
    public long? MasterUnitId { get; set; }

    /// <summary>How many base units this unit holds (a "thùng" of 24 "lon": 24).</summary>
    public decimal? ConversionValue { get; set; }

    /// <summary>Whether the product earns reward points, when KiotViet shows it.</summary>
    public bool? IsRewardPoint { get; set; }

    /// <summary>The variant's attributes (Màu: Đỏ; Size: M).</summary>
    [JsonIgnore]
    public SummarizedList<ProductAttributeDraft> Attributes => attributes ??= SummarizedList.Of(AttributeList);

    /// <summary>The units of the product's family, each another product (thùng x24 (SP000001-T)).</summary>
    [JsonIgnore]
    public SummarizedList<ProductUnit> Units => units ??= SummarizedList.Of(UnitList);

    /// <summary>The images' URLs.</summary>
    [JsonIgnore]
    public SummarizedList<string> Images => images ??= SummarizedList.Of(ImageList);

    [JsonInclude]
    [JsonPropertyName("attributes")]
    internal List<ProductAttributeDraft>? AttributeList { get; set; }

    [JsonInclude]
    [JsonPropertyName("units")]
    internal List<ProductUnit>? UnitList { get; set; }

    [JsonInclude]
    [JsonPropertyName("images")]
    [JsonConverter(typeof(ProductImagesConverter))]
    internal List<string>? ImageList { get; set; }

    [JsonInclude]
    [JsonPropertyName("inventories")]
    internal List<ProductInventory>? InventoryList { get; set; }

    // PUT /products/{id} (2.4.4) answers the stock as "inventory".
    [JsonInclude]
    [JsonPropertyName("inventory")]
    internal List<ProductInventory>? InventoryJson { get => null; set => InventoryList = value ?? InventoryList; }

    [JsonInclude]
    [JsonPropertyName("priceBooks")]
    internal List<ProductPrice>? PriceBookList { get; set; }

    public override string ToString() => $"{Code} {Name}".Trim();
}

/// <summary>Stock of a product in one branch.</summary>
public sealed class ProductInventory
{
    public long ProductId { get; set; }

    public long BranchId { get; set; }

    public string? BranchName { get; set; }

    public decimal? Cost { get; set; }

    /// <summary>
    /// Null when the answer does not carry it: KiotViet stopped returning onHand from a product create (revision 4.3),
    /// and the reference types it double? everywhere. Unknown stock is never shown as 0.
    /// </summary>
    public decimal? OnHand { get; set; }

    public decimal? Reserved { get; set; }

    public override string ToString() => $"{BranchName ?? BranchId.ToString()}: {(OnHand is { } onHand ? onHand.ToString("0.###") : "?")}";
}

/// <summary>A product's price in one price book.</summary>
public sealed class ProductPrice
{
    public long PriceBookId { get; set; }

    public string? PriceBookName { get; set; }

    public decimal Price { get; set; }

    public bool? IsActive { get; set; }

    public override string ToString() => $"{PriceBookName ?? PriceBookId.ToString()}: {Price:0.##}";
}

/// <summary>A VAT of a product (productTaxs, saleTax, purchaseTax in the January 2026 doc).</summary>
public sealed class ProductTax
{
    public long? Id { get; set; }

    public long? ProductId { get; set; }

    public int? TaxId { get; set; }

    public string? Name { get; set; }

    public decimal? Value { get; set; }

    public override string ToString() => $"{Name ?? TaxId?.ToString()}: {Value:0.##}";
}
