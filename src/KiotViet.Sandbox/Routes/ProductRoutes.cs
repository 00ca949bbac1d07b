using System.Text.Json;
using System.Text.Json.Nodes;
using KiotViet.Sandbox.Data;
using KiotViet.Sandbox.Http;

namespace KiotViet.Sandbox.Routes;

/// <summary>/products: list (categoryId, lastModifiedFrom, includeInventory, includePricebook, branchIds), reads by id and code.</summary>
internal static class ProductRoutes
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/products", List);
        api.MapGet("/products/{id:long}", (long id, SandboxState state) => Read(state, d => d.Products.FirstOrDefault(p => p.Id == id), false));
        api.MapGet("/products/code/{code}", (string code, SandboxState state) => Read(state, d => d.Products.FirstOrDefault(p => string.Equals(p.Code, code, StringComparison.OrdinalIgnoreCase)), true));
    }

    private static IResult List(HttpRequest request, SandboxState state)
    {
        var query = new QueryReader(request.Query);
        var page = PageRequest.From(query);
        var categoryId = query.Long("categoryId");
        var modifiedFrom = query.Date("lastModifiedFrom");
        var branches = query.Longs("branchIds") ?? query.Longs("BranchIds");
        var includeInventory = query.Flag("includeInventory");
        var includePricebook = query.Flag("includePricebook");
        var data = state.Data;
        lock (data.Sync)
        {
            var categories = categoryId is null ? null : Subtree(categoryId.Value, data.Categories);
            IReadOnlyList<Product> rows = data.Products.Where(p => (categories is null || categories.Contains(p.CategoryId)) && (modifiedFrom is null || p.LastChanged >= modifiedFrom)).ToList();
            var envelope = ListEnvelope.Build(page.Order(rows, SortKey), page, p => ListRow(p, includeInventory, includePricebook, branches, data.Products));
            if (query.Flag("includeRemoveIds"))
            {
                ListEnvelope.AddRemovedIds(envelope, state.Options.RemovedIdsPropertyName ?? "removeId", Array.Empty<long>());
            }

            return ApiResults.Json(envelope);
        }
    }

    private static IResult Read(SandboxState state, Func<ShopData, Product?> find, bool byCode)
    {
        var data = state.Data;
        lock (data.Sync)
        {
            return find(data) is { } product ? ApiResults.Json(Row(product, true, true, null, data.Products, imagesAsObjects: false)) : ApiErrors.MissingRecord(state.Options, "Hàng hóa", "Product", byCode);
        }
    }

    /// <summary>
    /// A row of the list (2.4.1), which prints what a read by id (2.4.2) does not: the stock limits (KiotViet's
    /// defaults, 0 and 999,999,999, as the sandbox sets none) and per branch the quantity on order (none: the
    /// sandbox's purchase orders are received at once) and the branch's limits (spelled minQuality/maxQuality).
    /// </summary>
    private static JsonObject ListRow(Product product, bool includeInventory, bool includePricebook, HashSet<long>? branches, IReadOnlyList<Product> all)
    {
        var node = Row(product, includeInventory, includePricebook, branches, all, imagesAsObjects: true);
        node["minQuantity"] = 0;
        node["maxQuantity"] = NoStockLimit;
        if (node["inventories"] is JsonArray inventories)
        {
            foreach (var inventory in inventories.OfType<JsonObject>())
            {
                inventory["onOrder"] = 0.0;
                inventory["minQuality"] = 0.0;
                inventory["maxQuality"] = (double)NoStockLimit;
            }
        }

        return node;
    }

    private const int NoStockLimit = 999_999_999;

    private static JsonObject Row(Product product, bool includeInventory, bool includePricebook, HashSet<long>? branches, IReadOnlyList<Product> all, bool imagesAsObjects)
    {
        var node = JsonSerializer.SerializeToNode(product, SandboxJson.Api)!.AsObject();
        ProductFamilies.AddUnitsAndImages(node, product, all, imagesAsObjects);
        if (includeInventory)
        {
            node["inventories"] = JsonSerializer.SerializeToNode(product.Inventories.Where(i => branches is null || branches.Contains(i.BranchId)), SandboxJson.Api);
        }

        if (includePricebook)
        {
            node["priceBooks"] = JsonSerializer.SerializeToNode(product.PriceBooks, SandboxJson.Api);
        }

        return node;
    }

    /// <summary>A category and all categories below it.</summary>
    private static HashSet<long> Subtree(long rootId, IReadOnlyList<Category> all)
    {
        var ids = new HashSet<long> { rootId };
        bool grew;
        do
        {
            grew = false;
            foreach (var category in all)
            {
                if (category.ParentId is { } parent && ids.Contains(parent) && ids.Add(category.CategoryId))
                {
                    grew = true;
                }
            }
        }
        while (grew);
        return ids;
    }

    private static Func<Product, IComparable?>? SortKey(string field) => field switch
    {
        "id" => p => p.Id,
        "code" => p => p.Code,
        "name" => p => p.Name,
        "createddate" => p => p.CreatedDate,
        "modifieddate" => p => p.LastChanged,
        "baseprice" => p => p.BasePrice,
        _ => null,
    };
}
