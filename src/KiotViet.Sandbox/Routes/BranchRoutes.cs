using KiotViet.Sandbox.Data;
using KiotViet.Sandbox.Http;

namespace KiotViet.Sandbox.Routes;

/// <summary>GET /branches with paging and lastModifiedFrom.</summary>
internal static class BranchRoutes
{
    public static void Map(IEndpointRouteBuilder api) => api.MapGet("/branches", List);

    private static IResult List(HttpRequest request, SandboxState state)
    {
        var query = new QueryReader(request.Query);
        var page = PageRequest.From(query);
        var modifiedFrom = query.Date("lastModifiedFrom");
        var data = state.Data;
        lock (data.Sync)
        {
            IReadOnlyList<Branch> rows = data.Branches.Where(b => modifiedFrom is null || (b.ModifiedDate ?? b.CreatedDate) >= modifiedFrom).ToList();
            var envelope = ListEnvelope.Build(page.Order(rows, _ => null), page, b => System.Text.Json.JsonSerializer.SerializeToNode(b, SandboxJson.Api), VietnamTime.Now(state.Clock));
            if (query.Flag("includeRemoveIds"))
            {
                ListEnvelope.AddRemovedIds(envelope, state.Options.RemovedIdsPropertyName ?? "removedIds", Array.Empty<long>());
            }

            return ApiResults.Json(envelope);
        }
    }
}
