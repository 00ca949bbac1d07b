using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace KiotViet;

/// <summary>
/// What an update of an order sets (PUT /orders/{id}); a null field is left as it is. Lines, when given, replace the
/// order's lines. The delivery (orderDelivery) sends the fields given; PUT /orders documents no delivery status and no COD.
/// </summary>
public sealed class OrderChanges
{
    /// <summary>The new customer; sent as <c>customer: {id}</c>, the documented form (API reference 2.5.4).</summary>
    [JsonIgnore]
    public long? CustomerId { get; set; }

    public string? Description { get; set; }

    public decimal? Discount { get; set; }

    public DateTimeOffset? PurchaseDate { get; set; }

    public long? SaleChannelId { get; set; }

    [JsonPropertyName("orderDelivery")]
    public DeliveryDraft? Delivery { get; set; }

    [JsonIgnore]
    public List<OrderLine>? OrderDetails { get; set; }

    [JsonInclude]
    [JsonPropertyName("orderDetails")]
    internal List<OrderLineBody>? LinesSent => SaleLineBody.Order(OrderDetails);

    [JsonInclude]
    [JsonPropertyName("customer")]
    internal CustomerReference? Customer => CustomerReference.To(CustomerId);
}

/// <summary>A customer named inside an order body: <c>{"id": …}</c>.</summary>
internal sealed class CustomerReference
{
    public long Id { get; set; }

    public static CustomerReference? To(long? id) => id is { } value ? new CustomerReference { Id = value } : null;
}
