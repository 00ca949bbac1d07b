using System;

namespace KiotViet;

/// <summary>A product line of a purchase, transfer, supplier order or return.</summary>
public sealed class StockLine
{
    public long ProductId { get; set; }

    public string? ProductCode { get; set; }

    public string? ProductName { get; set; }

    public decimal Quantity { get; set; }

    public decimal? Price { get; set; }

    public decimal? Discount { get; set; }

    public string? Note { get; set; }

    public override string ToString() => $"{ProductCode} x{Quantity:0.###}";
}
