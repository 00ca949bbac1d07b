using System.Text.Json;
using System.Text.Json.Nodes;
using KiotViet.Sandbox.Data;
using KiotViet.Sandbox.Http;

namespace KiotViet.Sandbox.Routes;

/// <summary>
/// POST /categories, PUT /categories/{id}, DELETE /categories/{id}: at most three levels, names unique under one
/// parent, and no delete of a category that has children or products. Answers are wrapped in data (WP reads data.categoryId).
/// </summary>
internal static class CategoryWriteRoutes
{
    private const int MaxLevels = 3;

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/categories", CreateAsync);
        api.MapPut("/categories/{id:long}", UpdateAsync);
        api.MapDelete("/categories/{id:long}", Delete);
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
            var name = BodyFields.String(body, "categoryName")?.Trim();
            var parentId = BodyFields.Long(body, "parentId") is { } p and > 0 ? p : (long?)null;
            if (Refusal(state.Options, data.Categories, name, parentId, self: null, requireName: true) is { } refusal)
            {
                return refusal;
            }

            var category = new Category
            {
                CategoryId = data.Categories.Max(c => c.CategoryId) + 1,
                ParentId = parentId,
                CategoryName = name!,
                RetailerId = state.Options.RetailerId,
                CreatedDate = VietnamTime.Now(state.Clock),
            };
            data.Categories.Add(category);
            RefreshHasChild(data.Categories);
            return ApiResults.Wrapped("Tạo nhóm hàng thành công", Json(category));
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
            if (data.Categories.FirstOrDefault(c => c.CategoryId == id) is not { } category)
            {
                return ApiErrors.NotFound("Nhóm hàng");
            }

            var name = BodyFields.String(body, "categoryName")?.Trim() ?? category.CategoryName;
            var parentId = BodyFields.Long(body, "parentId") is { } p and > 0 ? p : category.ParentId;
            if (Refusal(state.Options, data.Categories, name, parentId, category, requireName: BodyFields.Has(body, "categoryName")) is { } refusal)
            {
                return refusal;
            }

            category.CategoryName = name;
            category.ParentId = parentId;
            category.ModifiedDate = VietnamTime.Now(state.Clock);
            foreach (var product in data.Products.Where(x => x.CategoryId == id))
            {
                product.CategoryName = name;
            }

            RefreshHasChild(data.Categories);
            return ApiResults.Wrapped("Cập nhật dữ liệu thành công", Json(category));
        }
    }

    private static IResult Delete(long id, SandboxState state)
    {
        var data = state.Data;
        lock (data.Sync)
        {
            if (data.Categories.FirstOrDefault(c => c.CategoryId == id) is not { } category)
            {
                return ApiErrors.NotFound("Nhóm hàng");
            }

            if (data.Categories.Any(c => c.ParentId == id))
            {
                return Refused(state.Options, "CategoryId", $"Nhóm hàng {category.CategoryName} đang có nhóm con, không thể xóa");
            }

            if (data.Products.Count(p => p.CategoryId == id) is var used and > 0)
            {
                return Refused(state.Options, "CategoryId", $"Nhóm hàng {category.CategoryName} đang được sử dụng cho {used} hàng hóa, không thể xóa");
            }

            data.Categories.Remove(category);
            RefreshHasChild(data.Categories);
            return ApiResults.Message("Xóa dữ liệu thành công");
        }
    }

    private static IResult? Refusal(SandboxOptions options, List<Category> all, string? name, long? parentId, Category? self, bool requireName)
    {
        if (requireName && string.IsNullOrWhiteSpace(name))
        {
            return Refused(options, "CategoryName", "Tên nhóm hàng không được để trống");
        }

        if (parentId is { } pid)
        {
            if (all.FirstOrDefault(c => c.CategoryId == pid) is not { } parent)
            {
                return Refused(options, "ParentId", "Nhóm hàng cha không tồn tại");
            }

            if (self is not null && Ancestry(parent, all).Any(a => a.CategoryId == self.CategoryId))
            {
                return Refused(options, "ParentId", "Không thể chuyển nhóm hàng vào chính nó hoặc nhóm con của nó");
            }

            if (Ancestry(parent, all).Count() + 1 + (self is null ? 0 : Height(self, all)) > MaxLevels)
            {
                return Refused(options, "ParentId", $"Nhóm hàng chỉ được tối đa {MaxLevels} cấp");
            }
        }

        if (all.Any(c => c != self && c.ParentId == parentId && string.Equals(c.CategoryName, name, StringComparison.OrdinalIgnoreCase)))
        {
            return Refused(options, "CategoryName", $"Tên nhóm hàng {name} đã tồn tại");
        }

        return null;
    }

    private static IResult Refused(SandboxOptions options, string field, string message) =>
        ApiErrors.Validation(options, message, new ApiFieldError("Invalid", field, message));

    /// <summary>The category and its ancestors up to the root.</summary>
    private static IEnumerable<Category> Ancestry(Category category, List<Category> all)
    {
        for (Category? c = category; c is not null; c = c.ParentId is { } p ? all.FirstOrDefault(x => x.CategoryId == p) : null)
        {
            yield return c;
        }
    }

    /// <summary>Levels below a category (0 for a leaf).</summary>
    private static int Height(Category category, List<Category> all) =>
        all.Where(c => c.ParentId == category.CategoryId).Select(c => 1 + Height(c, all)).DefaultIfEmpty(0).Max();

    private static void RefreshHasChild(List<Category> all)
    {
        foreach (var category in all)
        {
            category.HasChild = all.Any(c => c.ParentId == category.CategoryId);
        }
    }

    private static JsonObject Json(Category category) => JsonSerializer.SerializeToNode(category, SandboxJson.Api)!.AsObject();
}
