using System;
using System.Text.Json.Serialization;

namespace KiotViet;

/// <summary>A product's price in a price book (GET /pricebooks/{id}).</summary>
public sealed class PriceBookDetail : IKiotVietEntity
{
    /// <summary>The product id.</summary>
    [JsonPropertyName("productId")]
    public long Id { get; set; }

    /// <summary>The price book the price belongs to.</summary>
    public long PriceBookId { get; set; }

    public string? ProductCode { get; set; }

    public string? ProductName { get; set; }

    public decimal Price { get; set; }

    public override string ToString() => $"{ProductCode}: {Price:0.##}";
}
