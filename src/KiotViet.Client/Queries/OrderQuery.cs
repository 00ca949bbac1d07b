using System.Collections.Generic;
using System.Linq;
using KiotViet.Http;

namespace KiotViet;

/// <summary>Filters for listing orders (GET /orders).</summary>
public sealed class OrderQuery : SaleDocumentQuery<Order>
{
    // GET /orders (2.5.1) documents no includeRemoveIds.
    internal override SharedListParameters Documented => SharedListParameters.ModifiedSince | SharedListParameters.Order;

    public IList<int>? Statuses { get; set; }

    private protected override IEnumerable<long>? StatusNumbers => Statuses?.Select(s => (long)s);

    private protected override void AddFilters(QueryString query)
    {
        base.AddFilters(query);
        query.Add("includeOrderDelivery", IncludeDelivery);
    }
}
