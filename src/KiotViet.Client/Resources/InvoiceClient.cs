using System;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Http;
using KiotViet.Json;
using KiotViet.Paging;

namespace KiotViet.Resources;

/// <summary>Invoices (hóa đơn).</summary>
public sealed class InvoiceClient : ResourceClient
{
    internal InvoiceClient(ApiTransport transport, int readAhead)
        : base(transport, readAhead)
    {
    }

    public PagedListing<Invoice> List(InvoiceQuery query, PageRequest paging, CancellationToken cancellationToken)
    {
        var filters = new QueryString()
            .Add("branchIds", query.BranchIds)
            .Add("customerIds", query.CustomerIds)
            .Add("customerCode", query.CustomerCode)
            .Add("status", query.Statuses?.Select(s => (long)s))
            .Add("fromPurchaseDate", query.FromPurchaseDate)
            .Add("toPurchaseDate", query.ToPurchaseDate)
            .Add("lastModifiedFrom", query.ModifiedSince)
            .Add("toDate", query.ModifiedUntil)
            .Add("orderId", query.OrderId)
            .Add("includePayment", query.IncludePayments)
            .Add("includeInvoiceDelivery", query.IncludeDelivery)
            .AddOrder(query.OrderBy, query.Descending);
        return List<Invoice>("invoices", filters, paging, cancellationToken);
    }

    public Task<Invoice> GetAsync(long id, CancellationToken cancellationToken) =>
        GetByIdAsync<Invoice>("invoices", id, cancellationToken);

    public Task<Invoice> GetByCodeAsync(string code, CancellationToken cancellationToken) =>
        GetByCodeAsync<Invoice>("invoices", code, cancellationToken);
}
