using KiotViet.Sandbox.Data;
using KiotViet.Sandbox.Http;

namespace KiotViet.Sandbox.Routes;

/// <summary>
/// The filters GET /invoices and GET /orders share, plus each one's extras. Arrays come comma-separated, as repeated keys
/// or as key[]=. Upper date bounds are inclusive; a bound at midnight covers that whole day.
/// </summary>
internal static class SaleQuery
{
    public static IReadOnlyList<T> Filter<T>(IReadOnlyList<T> all, QueryReader query, Func<T, bool>? extra = null)
        where T : SaleDocument
    {
        var branches = query.Longs("branchIds");
        var customers = query.Longs("customerIds");
        var statuses = query.Longs("status");
        var customerCode = query.String("customerCode");
        var modifiedFrom = query.Date("lastModifiedFrom");
        var modifiedTo = EndOf(query.Date("toDate"));
        var createdOn = query.Date("createdDate");
        if (extra is null && branches is null && customers is null && statuses is null && customerCode is null
            && modifiedFrom is null && modifiedTo is null && createdOn is null)
        {
            return all;
        }

        return all.Where(d =>
            (branches is null || branches.Contains(d.BranchId))
            && (customers is null || (d.CustomerId is { } c && customers.Contains(c)))
            && (statuses is null || statuses.Contains(d.Status))
            && (customerCode is null || string.Equals(d.CustomerCode, customerCode, StringComparison.OrdinalIgnoreCase))
            && (modifiedFrom is null || d.LastChanged >= modifiedFrom)
            && (modifiedTo is null || d.LastChanged <= modifiedTo)
            && (createdOn is null || d.CreatedDate.Date == createdOn.Value.Date)
            && (extra is null || extra(d))).ToList();
    }

    /// <summary>Invoice-only filters: orderId and the purchase-date range; null when none is given.</summary>
    public static Func<Invoice, bool>? InvoiceExtras(QueryReader query)
    {
        var orderId = query.Long("orderId");
        var purchasedFrom = query.Date("fromPurchaseDate");
        var purchasedTo = EndOf(query.Date("toPurchaseDate"));
        if (orderId is null && purchasedFrom is null && purchasedTo is null)
        {
            return null;
        }

        return i => (orderId is null || i.OrderId == orderId)
            && (purchasedFrom is null || i.PurchaseDate >= purchasedFrom)
            && (purchasedTo is null || i.PurchaseDate <= purchasedTo);
    }

    /// <summary>Order-only filter: saleChannelId; null when not given.</summary>
    public static Func<Order, bool>? OrderExtras(QueryReader query) =>
        query.Long("saleChannelId") is { } channel ? o => o.SaleChannelId == channel : null;

    public static Func<T, IComparable?>? SortKey<T>(string field)
        where T : SaleDocument => field switch
    {
        "id" => d => d.Id,
        "code" => d => d.Code,
        "purchasedate" => d => d.PurchaseDate,
        "createddate" => d => d.CreatedDate,
        "modifieddate" => d => d.LastChanged,
        "total" => d => d.Total,
        _ => null,
    };

    /// <summary>A date without time of day as an upper bound means "until the end of that day".</summary>
    private static DateTime? EndOf(DateTime? bound) => bound is { } value && value.TimeOfDay == TimeSpan.Zero ? value.AddDays(1).AddTicks(-1) : bound;
}
