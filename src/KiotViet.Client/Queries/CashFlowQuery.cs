using System;
using System.Collections.Generic;
using KiotViet.Http;

namespace KiotViet;

/// <summary>Cash book entries (GET /cashflow): by branch, time, direction, method, partner and status.</summary>
public sealed class CashFlowQuery : ListQuery<CashFlow>, IPeriodQuery
{
    // GET /cashflow (2.14.1) documents its own filters only.
    internal override SharedListParameters Documented => SharedListParameters.None;

    public IList<long>? BranchIds { get; set; }

    /// <summary>Sent as startDate.</summary>
    public DateTime? FromDate { get; set; }

    /// <summary>Sent as endDate.</summary>
    public DateTime? ToDate { get; set; }

    /// <summary>True for receipts only, false for payments only.</summary>
    public bool? IsReceipt { get; set; }

    public string? Method { get; set; }

    /// <summary>A, C, S, U, D or O (all, customer, supplier, user, delivery partner, other).</summary>
    public string? PartnerType { get; set; }

    public string? PartnerName { get; set; }

    public int? Status { get; set; }

    private protected override void AddFilters(QueryString query) => query
        .Add("branchIds", BranchIds)
        .Add("startDate", FromDate)
        .Add("endDate", ToDate)
        .Add("isReceipt", IsReceipt?.ToString().ToLowerInvariant())
        .Add("method", Method)
        .Add("partnerType", PartnerType)
        .Add("partnerName", PartnerName)
        .Add("status", Status);
}
