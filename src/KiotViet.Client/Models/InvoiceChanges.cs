using System.Collections.Generic;

namespace KiotViet;

/// <summary>What an update of an invoice sets (PUT /invoices/{id}); a null field is left as it is. Lines, when given, replace the invoice's lines.</summary>
public sealed class InvoiceChanges
{
    public long? CustomerId { get; set; }

    public long? SoldById { get; set; }

    public string? Description { get; set; }

    public decimal? Discount { get; set; }

    public List<OrderLine>? InvoiceDetails { get; set; }
}
