using System.Text.Json.Nodes;
using KiotViet.Sandbox.Data;
using KiotViet.Sandbox.Http;

namespace KiotViet.Sandbox.Routes;

/// <summary>
/// The bulk product writes (API reference, Products 2.4): POST /listaddproducts and PUT /listupdatedproducts, body
/// <c>{listProducts:[…]}</c>, each row shaped as the single write's body (an update row adds its id), answered with
/// a message only. A batch is all or nothing: one row the single product routes would refuse refuses the whole batch
/// with that row's message, and nothing is saved.
/// </summary>
internal static class ProductBulkRoutes
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/listaddproducts", CreateAsync);
        api.MapPut("/listupdatedproducts", UpdateAsync);
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, SandboxState state)
    {
        if (await BulkBody.RowsAsync(request, "listProducts") is not { } rows)
        {
            return ApiResults.BadBody(state.Options);
        }

        var data = state.Data;
        lock (data.Sync)
        {
            var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var row in rows)
            {
                if (ProductWriteRoutes.Refusal(state.Options, data, row, exceptId: 0, requireName: true) is { } refusal)
                {
                    return refusal;
                }

                if (BodyFields.String(row, "code")?.Trim() is { Length: > 0 } code && !codes.Add(code))
                {
                    return DuplicateCode(state.Options, code);
                }
            }

            rows.ForEach(row => ProductWriteRoutes.Add(state, data, row));
        }

        return ApiResults.Message("Thêm mới danh sách hàng hóa thành công");
    }

    private static async Task<IResult> UpdateAsync(HttpRequest request, SandboxState state)
    {
        if (await BulkBody.RowsAsync(request, "listProducts") is not { } rows)
        {
            return ApiResults.BadBody(state.Options);
        }

        if (state.FaultMix.DrawEmptyProductUpdateBatch())
        {
            // As recorded on a real shop: 420 whatever ValidationStatusCode says, and nothing written.
            return ApiErrors.Envelope(420, "KvValidateProductException", "Danh sách sản phẩm cập nhật rỗng");
        }

        var data = state.Data;
        lock (data.Sync)
        {
            var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var targets = new List<(Product Product, JsonObject Row)>();
            foreach (var row in rows)
            {
                if (BodyFields.Long(row, "id") is not { } id || data.Products.FirstOrDefault(p => p.Id == id) is not { } product)
                {
                    var message = $"Hàng hóa {BodyFields.String(row, "id")} không tồn tại hoặc đã bị xóa khỏi hệ thống.";
                    return ApiErrors.Validation(state.Options, message, new ApiFieldError("NotExist", "Id", "Hàng hóa không tồn tại"));
                }

                if (ProductWriteRoutes.Refusal(state.Options, data, row, product.Id, requireName: BodyFields.Has(row, "name")) is { } refusal)
                {
                    return refusal;
                }

                if (BodyFields.String(row, "code")?.Trim() is { Length: > 0 } code && !codes.Add(code))
                {
                    return DuplicateCode(state.Options, code);
                }

                targets.Add((product, row));
            }

            var now = VietnamTime.Now(state.Clock);
            foreach (var (product, row) in targets)
            {
                if (BodyFields.String(row, "code")?.Trim() is { Length: > 0 } code)
                {
                    product.Code = code;
                }

                ProductWriteRoutes.Apply(product, row, data);
                product.ModifiedDate = now;
            }
        }

        return ApiResults.Message("Cập nhật danh sách hàng hóa thành công");
    }

    private static IResult DuplicateCode(SandboxOptions options, string code)
    {
        var message = $"Mã hàng {code} đã tồn tại";
        return ApiErrors.Validation(options, message, new ApiFieldError("DuplicateData", "Code", message));
    }
}
