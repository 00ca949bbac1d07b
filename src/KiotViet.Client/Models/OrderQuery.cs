using System;
using System.Collections.Generic;

namespace KiotViet;

/// <summary>Filters for listing orders (GET /orders).</summary>
public sealed class OrderQuery
{
    public IList<long>? BranchIds { get; set; }

    public IList<long>? CustomerIds { get; set; }

    public string? CustomerCode { get; set; }

    public IList<int>? Statuses { get; set; }

    public DateTime? ModifiedSince { get; set; }

    public DateTime? ModifiedUntil { get; set; }

    public bool IncludePayments { get; set; }

    public bool IncludeDelivery { get; set; }

    public string? OrderBy { get; set; }

    public bool Descending { get; set; }
}
