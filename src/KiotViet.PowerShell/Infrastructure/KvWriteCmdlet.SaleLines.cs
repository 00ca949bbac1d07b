using System.Collections.Generic;
using System.Globalization;
using KiotViet.Matching;

namespace KiotViet.Commands.Infrastructure;

public abstract partial class KvWriteCmdlet
{
    private ProductsByCode? linePrices;

    /// <summary>
    /// Gives each sale line that names no Price the product's base price (giá chung): POST /invoices and /orders
    /// require a price, and a line is never sold at 0 without a word. Each product is read once per run, and each
    /// price taken is said in -Verbose. False when a product cannot be read: the row is then reported refused.
    /// </summary>
    private protected bool PriceLinesWithoutPrice(IReadOnlyList<object> given, IReadOnlyList<OrderLine> lines, object? target)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (OrderLineInput.Has(given[i], "Price"))
            {
                continue;
            }

            var line = lines[i];
            Product product;
            try
            {
                product = line.ProductCode is { } code
                    ? Await(ct => (linePrices ??= new ProductsByCode(Shop.Reads)).FindAsync(code, ct))
                    : Await(ct => Shop.Products.GetAsync(line.ProductId!.Value, ct));
            }
            catch (KiotVietApiException ex)
            {
                FailedInTurn(ex.WithContext($"Line {i + 1} gives no Price, and its product could not be read for its base price: {ex.Message}"), target);
                return false;
            }

            if (product.BasePrice is not { } price)
            {
                RefusedBeforeSending(ErrorRecords.InvalidInput("KiotVietLineWithoutPrice", $"Line {i + 1} gives no Price, and KiotViet shows no base price for {product.Code}: give the Price.", target));
                return false;
            }

            line.Price = price;
            WriteVerbose($"Line {i + 1}: no Price given; {product.Code} {product.Name} at its base price {price.ToString("#,0.##", CultureInfo.InvariantCulture)}.");
        }

        return true;
    }
}
