using System;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Http;
using KiotViet.Json;
using KiotViet.Writes;

namespace KiotViet.Resources;

/// <summary>Price book writes (POST /pricebooks/detail); price books and their prices are read through ReadClient.</summary>
public sealed class PriceBookClient : ResourceClient
{
    /// <summary>The general price book (bảng giá chung): its price is the product's base price.</summary>
    public const long GeneralPriceBookId = 0;

    internal PriceBookClient(ApiTransport transport, int readAhead)
        : base(transport, readAhead)
    {
    }

    /// <summary>
    /// Sets a product's price in a price book. Setting a price is idempotent, so the outcome of a lost answer is
    /// read back (the product with its price books, one GET) and the price sent again only when it does not show.
    /// Returns the price as KiotViet now has it.
    /// </summary>
    public Task<PriceBookDetail> SetPriceAsync(PriceBookPrice change, CancellationToken cancellationToken)
    {
        if (change.Price < 0)
        {
            throw new ArgumentException("A price cannot be negative.", nameof(change));
        }

        return Writes.RunAsync(
            new WriteOperation<PriceBookDetail>(
                $"the price of product {change.ProductId} in price book {change.PriceBookId}",
                async ct =>
                {
                    await Transport.SendAsync(ApiRequest.Post("pricebooks/detail", change), body => ReadAnswer(body, change), ct).ConfigureAwait(false);
                    return new PriceBookDetail { Id = change.ProductId, PriceBookId = change.PriceBookId, Price = change.Price };
                },
                async (_, ct) =>
                {
                    var product = await FindByIdAsync<Product>("products", change.ProductId, ct).ConfigureAwait(false);
                    var shown = product is not null && PriceIn(product, change.PriceBookId) == change.Price;
                    return Reconciliation<PriceBookDetail>.AppliedIf(shown, new PriceBookDetail { Id = change.ProductId, PriceBookId = change.PriceBookId, ProductCode = product?.Code, ProductName = product?.Name, Price = change.Price });
                }),
            cancellationToken);
    }

    /// <summary>The product's price in the price book, or null when it has none there.</summary>
    private static decimal? PriceIn(Product product, long priceBookId) =>
        priceBookId == GeneralPriceBookId ? product.BasePrice : product.PriceBooks.FirstOrDefault(p => p.PriceBookId == priceBookId)?.Price;

    /// <summary>The documented answer is <c>{message, isSuccess}</c>: isSuccess false is a refusal with KiotViet's message.</summary>
    private static bool ReadAnswer(byte[] body, PriceBookPrice change)
    {
        if (body.Length == 0)
        {
            return true;
        }

        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Object && root.TryGetPropertyIgnoreCase("isSuccess", out var success) && success.ValueKind == JsonValueKind.False)
        {
            var message = ResponseBody.ReadMessage(body) ?? "KiotViet did not apply the price.";
            throw new KiotVietApiException(KiotVietErrorKind.Validation, $"KiotViet refused {change}: {message}", requestMethod: "POST", requestPath: "/pricebooks/detail");
        }

        return true;
    }
}
