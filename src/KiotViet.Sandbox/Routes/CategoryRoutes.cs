using System.Text.Json;
using System.Text.Json.Nodes;
using KiotViet.Sandbox.Data;
using KiotViet.Sandbox.Http;

namespace KiotViet.Sandbox.Routes;

/// <summary>/categories: flat pages, or the tree of roots with nested children when hierachicalData=true (the doc's spelling).</summary>
internal static class CategoryRoutes
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/categories", List);
        api.MapGet("/categories/{id:long}", Read);
    }

    private static IResult List(HttpRequest request, SandboxState state)
    {
        var query = new QueryReader(request.Query);
        var page = PageRequest.From(query);
        var modifiedFrom = query.Date("lastModifiedFrom");
        var tree = query.Flag("hierachicalData");
        var data = state.Data;
        lock (data.Sync)
        {
            IReadOnlyList<Category> rows = data.Categories.Where(c => (!tree || c.ParentId is null) && (modifiedFrom is null || (c.ModifiedDate ?? c.CreatedDate) >= modifiedFrom)).ToList();
            var ordered = page.Order(rows, SortKey);
            return ApiResults.Json(ListEnvelope.Build(ordered, page, c => tree ? WithChildren(c, data.Categories) : Flat(c), VietnamTime.Now(state.Clock)));
        }
    }

    private static IResult Read(long id, SandboxState state)
    {
        var data = state.Data;
        lock (data.Sync)
        {
            return data.Categories.FirstOrDefault(c => c.CategoryId == id) is { } category
                ? ApiResults.Json(new JsonObject { ["data"] = Flat(category) })
                : ApiErrors.MissingRecord(state.Options, "Nhóm hàng", "Category", byCode: false);
        }
    }

    private static JsonObject Flat(Category category) => JsonSerializer.SerializeToNode(category, SandboxJson.Api)!.AsObject();

    private static JsonObject WithChildren(Category category, IReadOnlyList<Category> all)
    {
        var node = Flat(category);
        var children = all.Where(c => c.ParentId == category.CategoryId).Select(c => (JsonNode?)WithChildren(c, all)).ToArray();
        if (children.Length > 0)
        {
            node["children"] = new JsonArray(children);
        }

        return node;
    }

    private static Func<Category, IComparable?>? SortKey(string field) => field switch
    {
        "categoryid" or "id" => c => c.CategoryId,
        "categoryname" or "name" => c => c.CategoryName,
        "createddate" => c => c.CreatedDate,
        "modifieddate" => c => c.ModifiedDate ?? c.CreatedDate,
        _ => null,
    };
}
