using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using KiotViet.Sandbox.Data;
using KiotViet.Sandbox.Http;

namespace KiotViet.Sandbox.Routes;

/// <summary>POST /products, PUT /products/{id}, DELETE /products/{id}: codes unique, a name and an existing category required.</summary>
internal static class ProductWriteRoutes
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/products", CreateAsync);
        api.MapPut("/products/{id:long}", UpdateAsync);
        api.MapDelete("/products/{id:long}", Delete);
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, SandboxState state)
    {
        if (await RequestBody.ReadAsync(request) is not { } body)
        {
            return ApiResults.BadBody(state.Options);
        }

        var data = state.Data;
        lock (data.Sync)
        {
            if (Refusal(state.Options, data, body, exceptId: 0, requireName: true) is { } refusal)
            {
                return refusal;
            }

            return Answer(state, "Tạo hàng hóa thành công", Add(state, data, body), creating: true);
        }
    }

    private static async Task<IResult> UpdateAsync(long id, HttpRequest request, SandboxState state)
    {
        if (await RequestBody.ReadAsync(request) is not { } body)
        {
            return ApiResults.BadBody(state.Options);
        }

        var data = state.Data;
        lock (data.Sync)
        {
            if (data.Products.FirstOrDefault(p => p.Id == id) is not { } product)
            {
                return ApiErrors.NotFound("Hàng hóa");
            }

            if (Refusal(state.Options, data, body, id, requireName: BodyFields.Has(body, "name")) is { } refusal)
            {
                return refusal;
            }

            if (BodyFields.String(body, "code")?.Trim() is { Length: > 0 } code)
            {
                product.Code = code;
            }

            Apply(product, body, data);
            product.ModifiedDate = VietnamTime.Now(state.Clock);
            return Answer(state, "Cập nhật dữ liệu thành công", product);
        }
    }

    private static IResult Delete(long id, SandboxState state)
    {
        var data = state.Data;
        lock (data.Sync)
        {
            if (data.Products.FirstOrDefault(p => p.Id == id) is not { } product)
            {
                return ApiErrors.NotFound("Hàng hóa");
            }

            data.Products.Remove(product);
            return ApiResults.Message("Xóa dữ liệu thành công");
        }
    }

    /// <summary>Saves a new product from a create body already checked by <see cref="Refusal"/>.</summary>
    internal static Product Add(SandboxState state, ShopData data, JsonObject body)
    {
        var id = data.Products.Count == 0 ? 5000001 : data.Products.Max(p => p.Id) + 1;
        var code = BodyFields.String(body, "code")?.Trim();
        var product = new Product
        {
            Id = id,
            Code = string.IsNullOrEmpty(code) ? NextCode(data) : code,
            RetailerId = state.Options.RetailerId,
            CreatedDate = VietnamTime.Now(state.Clock),
        };
        Apply(product, body, data);
        data.Products.Add(product);
        return product;
    }

    internal static IResult? Refusal(SandboxOptions options, ShopData data, JsonObject body, long exceptId, bool requireName)
    {
        if (requireName && string.IsNullOrWhiteSpace(BodyFields.String(body, "name")))
        {
            return ApiErrors.Validation(options, "Tên hàng hóa không được để trống", new ApiFieldError("NotEmpty", "Name", "Tên hàng hóa không được để trống"));
        }

        var code = BodyFields.String(body, "code")?.Trim();
        if (!string.IsNullOrEmpty(code) && data.Products.Any(p => p.Id != exceptId && string.Equals(p.Code, code, StringComparison.OrdinalIgnoreCase)))
        {
            var message = $"Mã hàng {code} đã tồn tại";
            return ApiErrors.Validation(options, message, new ApiFieldError("DuplicateData", "Code", message));
        }

        if (BodyFields.Long(body, "categoryId") is { } categoryId && data.Categories.All(c => c.CategoryId != categoryId))
        {
            return ApiErrors.Validation(options, "Nhóm hàng không tồn tại", new ApiFieldError("NotExist", "CategoryId", "Nhóm hàng không tồn tại"));
        }

        foreach (var stock in (body["inventories"] as JsonArray)?.OfType<JsonObject>() ?? Enumerable.Empty<JsonObject>())
        {
            var branchId = BodyFields.Long(stock, "branchId");
            if (branchId is null || data.Branches.All(b => b.Id != branchId))
            {
                var message = $"Chi nhánh {BodyFields.String(stock, "branchId")} không tồn tại";
                return ApiErrors.Validation(options, message, new ApiFieldError("NotExist", "BranchId", message));
            }
        }

        if (ProductFamilies.Refusal(options, data, body, exceptId) is { } familyRefusal)
        {
            return familyRefusal;
        }

        if (Decimal(body, "basePrice") is < 0)
        {
            return ApiErrors.Validation(options, "Giá bán không được nhỏ hơn 0", new ApiFieldError("GreaterThanOrEqual", "BasePrice", "Giá bán không được nhỏ hơn 0"));
        }

        return null;
    }

    internal static void Apply(Product product, JsonObject body, ShopData data)
    {
        if (BodyFields.String(body, "name")?.Trim() is { Length: > 0 } name)
        {
            product.Name = name;
            product.FullName = name;
        }

        if (BodyFields.Long(body, "categoryId") is { } categoryId)
        {
            product.CategoryId = categoryId;
            product.CategoryName = data.Categories.First(c => c.CategoryId == categoryId).CategoryName;
        }

        product.BasePrice = Decimal(body, "basePrice") ?? product.BasePrice;
        product.Unit = BodyFields.String(body, "unit") ?? product.Unit;
        product.BarCode = BodyFields.String(body, "barCode") ?? product.BarCode;
        product.Description = BodyFields.String(body, "description") ?? product.Description;
        product.Weight = (double?)Decimal(body, "weight") ?? product.Weight;
        product.AllowsSale = BodyFields.Bool(body, "allowsSale") ?? product.AllowsSale;
        ProductFamilies.Apply(product, body);
        if (body["inventories"] is JsonArray inventories)
        {
            foreach (var stock in inventories.OfType<JsonObject>())
            {
                var branchId = BodyFields.Long(stock, "branchId")!.Value;
                var branch = data.Branches.First(b => b.Id == branchId);
                var old = product.Inventories.FirstOrDefault(i => i.BranchId == branchId);
                if (old is not null)
                {
                    product.Inventories.Remove(old);
                }

                product.Inventories.Add(new ProductInventory(
                    product.Id, product.Code, product.Name, branchId, branch.BranchName,
                    Decimal(stock, "cost") ?? old?.Cost ?? 0, (double)(Decimal(stock, "onHand") ?? 0), old?.Reserved ?? 0));
            }
        }
    }

    private static IResult Answer(SandboxState state, string message, Product product, bool creating = false)
    {
        var node = JsonSerializer.SerializeToNode(product, SandboxJson.Api)!.AsObject();
        ProductFamilies.AddUnitsAndImages(node, product, state.Data.Products, imagesAsObjects: false, includeUnits: false);
        var inventories = JsonSerializer.SerializeToNode(product.Inventories, SandboxJson.Api)!.AsArray();
        if (creating && !state.Options.ProductCreateAnswersOnHand)
        {
            // Revision 4.3: a product create no longer returns onHand (SandboxOptions.ProductCreateAnswersOnHand).
            foreach (var inventory in inventories)
            {
                inventory!.AsObject().Remove("onHand");
            }
        }

        // 2.4.3/2.4.4 print no allowsSale, createdDate, isActive, type or weight in the answer; an update names the
        // stock "inventory" and prints the unit's conversionValue (1: the sandbox's products are their own unit).
        foreach (var unprinted in new[] { "allowsSale", "createdDate", "isActive", "type", "weight" })
        {
            node.Remove(unprinted);
        }

        if (creating)
        {
            node["inventories"] = inventories;
        }
        else
        {
            node["inventory"] = inventories;
            node["conversionValue"] = 1.0;
        }

        return state.Options.WrapProductAnswers ? ApiResults.Wrapped(message, node) : ApiResults.Json(node);
    }

    private static string NextCode(ShopData data)
    {
        var next = data.Products.Select(p => p.Code.StartsWith("SP", StringComparison.Ordinal) && int.TryParse(p.Code[2..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .DefaultIfEmpty(0).Max() + 1;
        return $"SP{next:D6}";
    }

    private static decimal? Decimal(JsonObject body, string name) =>
        decimal.TryParse(BodyFields.String(body, name), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;
}
