using System.Globalization;
using System.Text.Json.Nodes;
using KiotViet.Sandbox.Data;
using KiotViet.Sandbox.Http;

namespace KiotViet.Sandbox.Routes;

/// <summary>
/// POST /pricebooks/detail with <c>{pricebookId, productId, price}</c> (doc 2.17.3): sets one product's price in a
/// price book, adding the product when the book has none for it; price book 0 is the general one (the base price).
/// Answers <c>{message, isSuccess}</c>; an unknown price book or product and a negative price are refused.
/// </summary>
internal static class PriceBookWriteRoutes
{
    public static void Map(IEndpointRouteBuilder api) => api.MapPost("/pricebooks/detail", SetPriceAsync);

    private static async Task<IResult> SetPriceAsync(HttpRequest request, SandboxState state)
    {
        if (await RequestBody.ReadAsync(request) is not { } body)
        {
            return ApiResults.BadBody(state.Options);
        }

        var options = state.Options;
        var priceBookId = BodyFields.Long(body, "pricebookId") ?? 0;
        var productId = BodyFields.Long(body, "productId");
        if (!decimal.TryParse(BodyFields.String(body, "price"), NumberStyles.Number, CultureInfo.InvariantCulture, out var price))
        {
            return ApiErrors.Validation(options, "Giá bán không hợp lệ", new ApiFieldError("NotEmpty", "Price", "Giá bán không hợp lệ"));
        }

        if (price < 0)
        {
            return ApiErrors.Validation(options, "Giá bán không được nhỏ hơn 0", new ApiFieldError("GreaterThanOrEqual", "Price", "Giá bán không được nhỏ hơn 0"));
        }

        var data = state.Data;
        lock (data.Sync)
        {
            var book = data.BackOffice.PriceBooks.FirstOrDefault(b => b.Id == priceBookId);
            if (priceBookId != 0 && book is null)
            {
                return ApiErrors.Validation(options, "Bảng giá không tồn tại", new ApiFieldError("NotExist", "PricebookId", "Bảng giá không tồn tại"));
            }

            if (data.Products.FirstOrDefault(p => p.Id == productId) is not { } product)
            {
                return ApiErrors.Validation(options, "Hàng hóa không tồn tại", new ApiFieldError("NotExist", "ProductId", "Hàng hóa không tồn tại"));
            }

            if (book is null)
            {
                product.BasePrice = price;
            }
            else
            {
                var index = product.PriceBooks.FindIndex(p => p.PriceBookId == priceBookId);
                var entry = new ProductPrice(book.Id, book.Name, product.Id, book.IsActive, book.StartDate, book.EndDate, price);
                if (index < 0)
                {
                    product.PriceBooks.Add(entry);
                }
                else
                {
                    product.PriceBooks[index] = entry;
                }
            }

            product.ModifiedDate = VietnamTime.Now(state.Clock);
            return ApiResults.Json(new JsonObject { ["message"] = "Cập nhật dữ liệu thành công", ["isSuccess"] = true });
        }
    }
}
