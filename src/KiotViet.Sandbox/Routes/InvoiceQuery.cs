using KiotViet.Sandbox.Data;
using KiotViet.Sandbox.Http;

namespace KiotViet.Sandbox.Routes;

/// <summary>
/// The documented GET /invoices filters. Arrays come comma-separated, as repeated keys or as key[]=.
/// Upper date bounds are inclusive; a bound at midnight covers that whole day.
/// </summary>
internal static class InvoiceQuery
{
    public static IReadOnlyList<Invoice> Filter(IReadOnlyList<Invoice> all, QueryReader query)
    {
        var branches = query.Longs("branchIds");
        var customers = query.Longs("customerIds");
        var statuses = query.Longs("status");
        var customerCode = query.String("customerCode");
        var orderId = query.Long("orderId");
        var modifiedFrom = query.Date("lastModifiedFrom");
        var modifiedTo = EndOf(query.Date("toDate"));
        var purchasedFrom = query.Date("fromPurchaseDate");
        var purchasedTo = EndOf(query.Date("toPurchaseDate"));
        var createdOn = query.Date("createdDate");
        if (branches is null && customers is null && statuses is null && customerCode is null && orderId is null
            && modifiedFrom is null && modifiedTo is null && purchasedFrom is null && purchasedTo is null && createdOn is null)
        {
            return all;
        }

        return all.Where(i =>
            (branches is null || branches.Contains(i.BranchId))
            && (customers is null || (i.CustomerId is { } c && customers.Contains(c)))
            && (statuses is null || statuses.Contains(i.Status))
            && (customerCode is null || string.Equals(i.CustomerCode, customerCode, StringComparison.OrdinalIgnoreCase))
            && (orderId is null || i.OrderId == orderId)
            && (modifiedFrom is null || i.LastChanged >= modifiedFrom)
            && (modifiedTo is null || i.LastChanged <= modifiedTo)
            && (purchasedFrom is null || i.PurchaseDate >= purchasedFrom)
            && (purchasedTo is null || i.PurchaseDate <= purchasedTo)
            && (createdOn is null || i.CreatedDate.Date == createdOn.Value.Date)).ToList();
    }

    public static Func<Invoice, IComparable?>? SortKey(string field) => field switch
    {
        "id" => i => i.Id,
        "code" => i => i.Code,
        "purchasedate" => i => i.PurchaseDate,
        "createddate" => i => i.CreatedDate,
        "modifieddate" => i => i.LastChanged,
        "total" => i => i.Total,
        _ => null,
    };

    /// <summary>A date without time of day as an upper bound means "until the end of that day".</summary>
    public static DateTime? EndOf(DateTime? bound) => bound is { } value && value.TimeOfDay == TimeSpan.Zero ? value.AddDays(1).AddTicks(-1) : bound;
}
