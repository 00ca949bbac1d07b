using System.Collections.Generic;

namespace KiotViet;

/// <summary>
/// What an update of an invoice sets (PUT /invoices/{id}); a null field is left as it is. Lines, when given, replace the
/// invoice's lines. Only fields the operation documents (API reference 2.12.4): KiotViet's invoice update has no
/// customer, discount or description, so they cannot be changed here.
/// </summary>
public sealed class InvoiceChanges
{
    public long? SoldById { get; set; }

    public List<OrderLine>? InvoiceDetails { get; set; }
}
