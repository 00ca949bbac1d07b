using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace KiotViet;

/// <summary>
/// A new order: branch, optional customer, lines; its surcharges, delivery, sale channel and sale time, and whether
/// KiotViet makes the invoice at once (retail POST /orders, API reference 2.5.3; the F&amp;B create documents none of
/// these, so an F&amp;B order with them is refused before sending).
/// </summary>
public sealed class OrderDraft
{
    public long BranchId { get; set; }

    public long? CustomerId { get; set; }

    public string? Description { get; set; }

    public decimal? Discount { get; set; }

    public List<OrderLine> OrderDetails { get; set; } = new();

    /// <summary>Surcharges (thu khác) the order carries; "surchages" as the doc spells it.</summary>
    [JsonPropertyName("surchages")]
    public List<OrderSurcharge>? Surcharges { get; set; }

    /// <summary>When the order was taken; without it, now (KiotViet's clock).</summary>
    [JsonIgnore]
    public DateTimeOffset? PurchaseDate { get; set; }

    /// <summary>The sale channel (Get-KvSaleChannel); without it KiotViet records "other".</summary>
    [JsonIgnore]
    public long? SaleChannelId { get; set; }

    /// <summary>KiotViet makes the invoice of the order at once (makeInvoice).</summary>
    [JsonIgnore]
    public bool? MakeInvoice { get; set; }

    /// <summary>The delivery (orderDelivery): no status and no COD, which POST /orders does not document.</summary>
    [JsonIgnore]
    public DeliveryDraft? Delivery { get; set; }
}
