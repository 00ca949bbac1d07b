using System;
using System.Collections.Generic;
using KiotViet.Http;

namespace KiotViet;

/// <summary>The filters invoices and orders share: branches, customers, statuses, the upper change bound.</summary>
public abstract class SaleDocumentQuery<T> : ListQuery<T>
    where T : class, IKiotVietEntity
{
    public IList<long>? BranchIds { get; set; }

    public IList<long>? CustomerIds { get; set; }

    public string? CustomerCode { get; set; }

    /// <summary>Changed at or before this time (toDate).</summary>
    public DateTime? ModifiedUntil { get; set; }

    public bool IncludePayments { get; set; }

    public bool IncludeDelivery { get; set; }

    private protected abstract IEnumerable<long>? StatusNumbers { get; }

    private protected override void AddFilters(QueryString query) => query
        .Add("branchIds", BranchIds)
        .Add("customerIds", CustomerIds)
        .Add("customerCode", CustomerCode)
        .Add("status", StatusNumbers)
        .Add("toDate", ModifiedUntil)
        .Add("includePayment", IncludePayments);
}
