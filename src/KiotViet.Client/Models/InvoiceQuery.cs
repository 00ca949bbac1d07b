using System;
using System.Collections.Generic;

namespace KiotViet;

/// <summary>Filters for listing invoices (GET /invoices).</summary>
public sealed class InvoiceQuery
{
    public IList<long>? BranchIds { get; set; }

    public IList<long>? CustomerIds { get; set; }

    public string? CustomerCode { get; set; }

    public IList<InvoiceStatus>? Statuses { get; set; }

    public DateTime? FromPurchaseDate { get; set; }

    public DateTime? ToPurchaseDate { get; set; }

    public DateTime? ModifiedSince { get; set; }

    public DateTime? ModifiedUntil { get; set; }

    public long? OrderId { get; set; }

    public bool IncludePayments { get; set; }

    public bool IncludeDelivery { get; set; }

    public string? OrderBy { get; set; }

    public bool Descending { get; set; }
}
