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
public sealed class InvoiceClient
{
    private readonly ApiTransport transport;
    private readonly int readAhead;

    internal InvoiceClient(ApiTransport transport, int readAhead)
    {
        this.transport = transport;
        this.readAhead = readAhead;
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
            .Add("orderBy", query.OrderBy)
            .Add("orderDirection", query.OrderBy is null && !query.Descending ? null : query.Descending ? "Desc" : "Asc");
        return Listing.Create<Invoice>(transport, "invoices", filters, paging, readAhead, cancellationToken);
    }

    public Task<Invoice> GetAsync(long id, CancellationToken cancellationToken) =>
        transport.SendAsync(ApiRequest.Get($"invoices/{id.ToString(CultureInfo.InvariantCulture)}"), ResponseBody.ReadObject<Invoice>, cancellationToken);

    public Task<Invoice> GetByCodeAsync(string code, CancellationToken cancellationToken) =>
        transport.SendAsync(ApiRequest.Get($"invoices/code/{Uri.EscapeDataString(code)}"), ResponseBody.ReadObject<Invoice>, cancellationToken);
}
