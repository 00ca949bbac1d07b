using System.Collections.Generic;

namespace KiotViet;

/// <summary>A new order: branch, optional customer, lines.</summary>
public sealed class OrderDraft
{
    public long BranchId { get; set; }

    public long? CustomerId { get; set; }

    public string? Description { get; set; }

    public decimal? Discount { get; set; }

    public List<OrderLine> OrderDetails { get; set; } = new();

    /// <summary>Surcharges (thu khác) the order carries; "surchages" as the doc spells it.</summary>
    [System.Text.Json.Serialization.JsonPropertyName("surchages")]
    public List<OrderSurcharge>? Surcharges { get; set; }
}
