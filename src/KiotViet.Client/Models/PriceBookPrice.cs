using System.Text.Json.Serialization;

namespace KiotViet;

/// <summary>
/// The body of POST /pricebooks/detail as KiotViet documents it (API reference 2.17.3): one product's price in one
/// price book. Price book 0 is the shop's general price book (bảng giá chung), the product's base price.
/// </summary>
public sealed class PriceBookPrice
{
    /// <summary>The doc spells it pricebookId.</summary>
    [JsonPropertyName("pricebookId")]
    public long PriceBookId { get; set; }

    public long ProductId { get; set; }

    public decimal Price { get; set; }

    public override string ToString() => $"product {ProductId} at {Price:0.##} in price book {PriceBookId}";
}
