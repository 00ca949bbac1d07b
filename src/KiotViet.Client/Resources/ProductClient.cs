using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Http;
using KiotViet.Json;
using KiotViet.Paging;

namespace KiotViet.Resources;

/// <summary>Products (hàng hóa).</summary>
public sealed class ProductClient : ResourceClient
{
    internal ProductClient(ApiTransport transport, int readAhead)
        : base(transport, readAhead)
    {
    }

    public PagedListing<Product> List(ProductQuery query, PageRequest paging, CancellationToken cancellationToken) =>
        List<Product>(query, paging, cancellationToken);

    public Task<Product> GetAsync(long id, CancellationToken cancellationToken) =>
        GetByIdAsync<Product>("products", id, cancellationToken);

    public Task<Product> GetByCodeAsync(string code, CancellationToken cancellationToken) =>
        GetByCodeAsync<Product>("products", code, cancellationToken);
}
