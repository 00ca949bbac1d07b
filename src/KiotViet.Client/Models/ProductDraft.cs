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

    /// <summary>True when no field is set.</summary>
    [JsonIgnore]
    public bool IsEmpty =>
        Code is null && Barcode is null && Name is null && CategoryId is null && BasePrice is null && Unit is null
        && Description is null && Weight is null && AllowsSale is null && Inventories is null;

    /// <summary>The names of the fields that are set, for messages ("BasePrice, Unit").</summary>
    [JsonIgnore]
    public IEnumerable<string> GivenFields =>
        typeof(ProductDraft).GetProperties()
            .Where(p => p.Name is not (nameof(IsEmpty) or nameof(GivenFields)) && p.GetValue(this) is not null)
            .Select(p => p.Name);
}

/// <summary>A product's stock on hand in one branch, as a create or update sets it.</summary>
public sealed class BranchStockDraft
{
    public long BranchId { get; set; }

    public decimal OnHand { get; set; }

    /// <summary>Cost price (giá vốn) in this branch.</summary>
    public decimal? Cost { get; set; }
}
