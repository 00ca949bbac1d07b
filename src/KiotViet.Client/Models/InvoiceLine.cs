using System.Globalization;

namespace KiotViet;

/// <summary>One line of an invoice (invoiceDetails).</summary>
public sealed class InvoiceLine
{
    public long ProductId { get; set; }

    public string? ProductCode { get; set; }

    public string? ProductName { get; set; }

    public decimal Quantity { get; set; }

    public decimal Price { get; set; }

    public decimal? Discount { get; set; }

    public decimal? DiscountRatio { get; set; }

    public string? Note { get; set; }

    public string? SerialNumbers { get; set; }

    private SummarizedList<LineTax>? taxes;

    /// <summary>The line's VAT (January 2026 doc: invoiceDetailTaxs); empty on shops without VAT.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public SummarizedList<LineTax> Taxes => taxes ??= SummarizedList.Of(TaxList);

    [System.Text.Json.Serialization.JsonInclude]
    [System.Text.Json.Serialization.JsonPropertyName("invoiceDetailTaxs")]
    internal System.Collections.Generic.List<LineTax>? TaxList { get; set; }

    /// <summary>Quantity × price − discount.</summary>
    public decimal LineTotal => (Quantity * Price) - (Discount ?? 0);

    public override string ToString() => $"{ProductCode} x{Quantity.ToString("0.###", CultureInfo.InvariantCulture)}";
}
