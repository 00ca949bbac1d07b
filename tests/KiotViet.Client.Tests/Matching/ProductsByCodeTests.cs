using System.Net.Http;
using KiotViet.Matching;
using Xunit;

namespace KiotViet.Client.Tests.Matching;

/// <summary>Products a write run names by code, at the fewest GETs: one by one while that is cheaper, the shop's list once when not.</summary>
public sealed class ProductsByCodeTests
{
    [Fact]
    public async Task Product_codes_are_read_one_by_one_then_through_the_list_and_each_code_once()
    {
        var shop = new FakeShop(products: 250);
        using var connection = shop.Api.Connect();
        var products = new ProductsByCode(connection.Reads);

        for (var round = 0; round < 2; round++)
        {
            for (var i = 1; i <= 40; i++)
            {
                Assert.Equal(i, (await products.FindAsync($"SP{i:000000}", CancellationToken.None)).Id);
            }
        }

        var missing = await Assert.ThrowsAsync<KiotVietApiException>(() => products.FindAsync("SP999999", CancellationToken.None));
        Assert.Equal(KiotVietErrorKind.NotFound, missing.Kind);
        Assert.True(shop.Gets <= 2 * 4 + 1, $"{shop.Gets} GETs for 40 codes in a shop of 250 products.");
    }

    [Fact]
    public async Task One_product_code_costs_one_GET()
    {
        var shop = new FakeShop(products: 100_000);
        using var connection = shop.Api.Connect();
        var products = new ProductsByCode(connection.Reads);

        Assert.Equal(12, (await products.FindAsync("sp000012", CancellationToken.None)).Id);
        var missing = await Assert.ThrowsAsync<KiotVietApiException>(() => products.FindAsync("SP999999", CancellationToken.None));

        Assert.Equal(KiotVietErrorKind.NotFound, missing.Kind);
        Assert.Equal(3, shop.Gets); // two by code, one asking the shop's size
    }

    /// <summary>Products (SPnnnnnn) behind their documented reads.</summary>
    private sealed class FakeShop
    {
        private int gets;

        public FakeShop(int products)
        {
            Api = new FakeApi
            {
                Api = (request, _) =>
                {
                    Interlocked.Increment(ref gets);
                    var path = request.Uri.AbsolutePath;
                    if (path.Contains("/products/code/", StringComparison.Ordinal))
                    {
                        var code = Uri.UnescapeDataString(path[(path.LastIndexOf('/') + 1)..]);
                        var n = int.TryParse(code.AsSpan(2), out var parsed) && code.StartsWith("SP", StringComparison.OrdinalIgnoreCase) ? parsed : 0;
                        return Task.FromResult(n >= 1 && n <= products ? FakeApi.Ok(Product(n)) : FakeApi.Json(System.Net.HttpStatusCode.NotFound, "{\"responseStatus\":{\"errorCode\":\"NotFound\",\"message\":\"Sản phẩm không tồn tại\"}}"));
                    }

                    var rows = Enumerable.Range(1, products).Select(Product).ToList();
                    var page = rows.Skip((int)request.Offset).Take(request.PageSize).ToList();
                    return Task.FromResult(FakeApi.Ok($"{{\"total\":{rows.Count},\"pageSize\":{request.PageSize},\"data\":[{string.Join(",", page)}]}}"));
                },
            };
        }

        public FakeApi Api { get; }

        public int Gets => Volatile.Read(ref gets);

        private static string Product(int n) => $"{{\"id\":{n},\"code\":\"SP{n:000000}\",\"name\":\"Sản phẩm {n}\"}}";
    }
}
