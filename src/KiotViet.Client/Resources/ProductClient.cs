using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Http;
using KiotViet.Json;
using KiotViet.Paging;

namespace KiotViet.Resources;

/// <summary>Products (hàng hóa).</summary>
public sealed class ProductClient
{
    private readonly ApiTransport transport;
    private readonly int readAhead;

    internal ProductClient(ApiTransport transport, int readAhead)
    {
        this.transport = transport;
        this.readAhead = readAhead;
    }

    public PagedListing<Product> List(ProductQuery query, PageRequest paging, CancellationToken cancellationToken)
    {
        var filters = new QueryString()
            .Add("categoryId", query.CategoryId)
            .Add("lastModifiedFrom", query.ModifiedSince)
            .Add("includeRemoveIds", query.IncludeRemoved)
            .Add("includeInventory", query.IncludeInventory)
            .Add("includePricebook", query.IncludePriceBook)
            .Add("orderBy", query.OrderBy)
            .Add("orderDirection", query.OrderBy is null && !query.Descending ? null : query.Descending ? "Desc" : "Asc");
        return Listing.Create<Product>(transport, "products", filters, paging, readAhead, cancellationToken);
    }

    public Task<Product> GetAsync(long id, CancellationToken cancellationToken) =>
        transport.SendAsync(ApiRequest.Get($"products/{id.ToString(CultureInfo.InvariantCulture)}"), ResponseBody.ReadObject<Product>, cancellationToken);

    public Task<Product> GetByCodeAsync(string code, CancellationToken cancellationToken) =>
        transport.SendAsync(ApiRequest.Get($"products/code/{Uri.EscapeDataString(code)}"), ResponseBody.ReadObject<Product>, cancellationToken);
}
