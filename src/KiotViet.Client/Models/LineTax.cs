using System.Globalization;
using System.Text.Json.Serialization;

namespace KiotViet;

/// <summary>
/// A VAT of one line of an order, invoice or return (orderDetailTaxs, invoiceDetailTaxs, returnDetailTaxs in the
/// January 2026 doc). The invoice list (2.12.1) names the tax and its rate name/value, the reads by id
/// taxName/taxValue; both are read.
/// </summary>
public sealed class LineTax
{
    public int? TaxId { get; set; }

    public string? TaxName { get; set; }

    public decimal? TaxValue { get; set; }

    /// <summary>The line's VAT amount (detailTax).</summary>
    public decimal? DetailTax { get; set; }

    public decimal? TaxAmount { get; set; }

    public decimal? TaxRate { get; set; }

    public decimal? PriceAfterTax { get; set; }

    public decimal? DiscountAfterTax { get; set; }

    public decimal? DiscountByPromotionAfterTax { get; set; }

    public decimal? AllocationDiscountAfterTax { get; set; }

    public decimal? SubTotalAfterTax { get; set; }

    [JsonInclude]
    [JsonPropertyName("name")]
    internal string? NameJson { get => null; set => TaxName = value ?? TaxName; }

    [JsonInclude]
    [JsonPropertyName("value")]
    internal decimal? ValueJson { get => null; set => TaxValue = value ?? TaxValue; }

    public override string ToString() =>
        $"{TaxName ?? TaxId?.ToString(CultureInfo.InvariantCulture)}: {(DetailTax ?? TaxAmount)?.ToString("0.##", CultureInfo.InvariantCulture)}";
}
