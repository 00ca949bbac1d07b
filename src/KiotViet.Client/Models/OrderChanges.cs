using System.Collections.Generic;

namespace KiotViet;

/// <summary>What an update of an order sets (PUT /orders/{id}); a null field is left as it is. Lines, when given, replace the order's lines.</summary>
public sealed class OrderChanges
{
    public long? CustomerId { get; set; }

    public string? Description { get; set; }

    public decimal? Discount { get; set; }

    public List<OrderLine>? OrderDetails { get; set; }
}
