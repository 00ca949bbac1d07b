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

    public PagedListing<Invoice> List(InvoiceQuery query, PageRequest paging, CancellationToken cancellationToken) =>
        List<Invoice>(query, paging, cancellationToken);

    public Task<Invoice> GetAsync(long id, CancellationToken cancellationToken) =>
        GetByIdAsync<Invoice>("invoices", id, cancellationToken);

    public Task<Invoice> GetByCodeAsync(string code, CancellationToken cancellationToken) =>
        GetByCodeAsync<Invoice>("invoices", code, cancellationToken);
}
