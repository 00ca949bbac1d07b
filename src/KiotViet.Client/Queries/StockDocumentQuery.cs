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

/// <summary>
/// Supplier orders (GET /ordersuppliers). 2.20.1 documents one branch (branchId) and one status, and no date range:
/// several branches or statuses, or a date, are refused before any request (KiotViet would ignore them and answer
/// every order); filter the orders read instead.
/// </summary>
public sealed class OrderSupplierQuery : StockDocumentQuery<OrderSupplier>
{
    // GET /ordersuppliers (2.20.1) documents its own filters only.
    internal override SharedListParameters Documented => SharedListParameters.None;

    private protected override (string Branches, string From, string To) Names => ("branchId", "fromOrderDate", "toOrderDate");

    private protected override void AddFilters(QueryString query)
    {
        RefuseUndocumented(BranchIds is { Count: > 1 }, "branchIds (several branches)", "Read one branch at a time, or every branch and filter on BranchId.");
        RefuseUndocumented(Statuses is { Count: > 1 }, "several statuses", "Read one status at a time, or every order and filter on Status.");
        RefuseUndocumented(FromDate is not null || ToDate is not null, "a date range (fromOrderDate, toOrderDate)", "Read the orders and filter on OrderDate (Where-Object OrderDate -ge ...).");
        query
            .Add("branchId", BranchIds is { Count: 1 } ? BranchIds[0] : (long?)null)
            .Add("status", Statuses is { Count: 1 } ? Statuses[0] : (long?)null);
    }
}
