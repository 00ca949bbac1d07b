using System;
using System.Collections.Generic;
using KiotViet.Http;

namespace KiotViet;

/// <summary>The filters purchases, transfers and supplier orders share: branches, statuses, a date range.</summary>
public abstract class StockDocumentQuery<T> : ListQuery<T>, IPeriodQuery
    where T : class, IKiotVietEntity
{
    public IList<long>? BranchIds { get; set; }

    public IList<long>? Statuses { get; set; }

    public DateTime? FromDate { get; set; }

    public DateTime? ToDate { get; set; }

    /// <summary>The names this endpoint gives its branch filter and its date range.</summary>
    private protected abstract (string Branches, string From, string To) Names { get; }

    private protected override void AddFilters(QueryString query) => query
        .Add(Names.Branches, BranchIds)
        .Add("status", Statuses)
        .Add(Names.From, FromDate)
        .Add(Names.To, ToDate);
}

/// <summary>Purchases (GET /purchaseorders).</summary>
public sealed class PurchaseOrderQuery : StockDocumentQuery<PurchaseOrder>
{
    // GET /purchaseorders (2.15.1) documents its own filters only.
    internal override SharedListParameters Documented => SharedListParameters.None;

    private protected override (string Branches, string From, string To) Names => ("branchIds", "fromPurchaseDate", "toPurchaseDate");
}

/// <summary>Transfers (GET /transfers); the branch filter is the sending branch.</summary>
public sealed class TransferQuery : StockDocumentQuery<Transfer>
{
    // GET /transfers (2.16.1) documents its own filters only.
    internal override SharedListParameters Documented => SharedListParameters.None;

    /// <summary>The receiving branches.</summary>
    public IList<long>? ToBranchIds { get; set; }

    private protected override void AddFilters(QueryString query)
    {
        base.AddFilters(query);
        query.Add("toBranchIds", ToBranchIds);
    }

    private protected override (string Branches, string From, string To) Names => ("fromBranchIds", "fromReceivedDate", "toReceivedDate");
}

/// <summary>Supplier orders (GET /ordersuppliers).</summary>
public sealed class OrderSupplierQuery : StockDocumentQuery<OrderSupplier>
{
    // GET /ordersuppliers (2.20.1) documents its own filters only.
    internal override SharedListParameters Documented => SharedListParameters.None;

    private protected override (string Branches, string From, string To) Names => ("branchIds", "fromOrderDate", "toOrderDate");
}
