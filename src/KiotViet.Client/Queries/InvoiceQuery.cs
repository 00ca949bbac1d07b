using System;
using System.Collections.Generic;
using System.Linq;
using KiotViet.Http;

namespace KiotViet;

/// <summary>Filters for listing invoices (GET /invoices).</summary>
public sealed class InvoiceQuery : SaleDocumentQuery<Invoice>
{
    // GET /invoices (2.12.1) documents no includeRemoveIds.
    internal override SharedListParameters Documented => SharedListParameters.ModifiedSince | SharedListParameters.Order;

    public IList<InvoiceStatus>? Statuses { get; set; }

    public DateTime? FromPurchaseDate { get; set; }

    public DateTime? ToPurchaseDate { get; set; }

    public long? OrderId { get; set; }

    private protected override IEnumerable<long>? StatusNumbers => Statuses?.Select(s => (long)s);

    private protected override void AddFilters(QueryString query)
    {
        base.AddFilters(query);
        query
            .Add("fromPurchaseDate", FromPurchaseDate)
            .Add("toPurchaseDate", ToPurchaseDate)
            .Add("orderId", OrderId)
            .Add("includeInvoiceDelivery", IncludeDelivery);
    }
}
