using System.Text.Json;
using System.Text.Json.Nodes;
using KiotViet.Sandbox.Data;
using KiotViet.Sandbox.Http;

namespace KiotViet.Sandbox.Routes;

/// <summary>
/// A read-only resource: its list endpoint (paging, lastModifiedFrom, removed ids, its own filters, sorting), and
/// where the API has them, reads by id and by code. Every read endpoint of the back office is one of these.
/// </summary>
internal sealed class ReadEndpoint<T>
{
    public required string Path { get; init; }

    /// <summary>What a missing one is called in the not-found message, e.g. "Phiếu trả hàng".</summary>
    public required string What { get; init; }

    public required Func<ShopData, HttpRequest, IEnumerable<T>> Rows { get; init; }

    public required Func<T, long> Id { get; init; }

    public Func<T, string>? Code { get; init; }

    /// <summary>When set, lastModifiedFrom filters on it.</summary>
    public Func<T, DateTime>? Changed { get; init; }

    /// <summary>When set, includeRemoveIds reports these (since lastModifiedFrom).</summary>
    public Func<ShopData, IEnumerable<Removal>>? Removed { get; init; }

    /// <summary>The envelope property of the removed ids, as this list's documentation spells it.</summary>
    public string RemovedIdsName { get; init; } = "removedIds";

    public Func<T, QueryReader, bool>? Filter { get; init; }

    /// <summary>The row as sent; by default every property, camelCase.</summary>
    public Func<T, QueryReader, JsonNode?>? Row { get; init; }

    public Func<string, Func<T, IComparable?>?>? Sort { get; init; }

    public bool ReadsById { get; init; }

    /// <summary>A read by id answers the list envelope <c>{total, pageSize, data: [row]}</c>, as 2.20.2 prints it.</summary>
    public bool ByIdInListEnvelope { get; init; }

    /// <summary>False for a list whose documentation prints no pageSize in its envelope.</summary>
    public bool EchoesPageSize { get; init; } = true;

    /// <summary>The entity's name in a KvValidate{Entity}Exception: "suppliers" gives "Supplier".</summary>
    private string Entity
    {
        get
        {
            var name = Path.TrimStart('/');
            name = name.Substring(name.LastIndexOf('/') + 1);
            name = name.EndsWith("ies", StringComparison.Ordinal) ? name[..^3] + "y" : name.TrimEnd('s');
            return name.Length == 0 ? "Data" : char.ToUpperInvariant(name[0]) + name[1..];
        }
    }

    public void Map(IEndpointRouteBuilder api)
    {
        api.MapGet(Path, (HttpRequest request, SandboxState state) => List(request, state));
        if (ReadsById)
        {
            api.MapGet(Path + "/{id:long}", (long id, HttpRequest request, SandboxState state) => One(request, state, row => Id(row) == id, byCode: false, ByIdInListEnvelope));
        }

        if (Code is { } codeOf)
        {
            api.MapGet(Path + "/code/{code}", (string code, HttpRequest request, SandboxState state) => One(request, state, row => string.Equals(codeOf(row), code, StringComparison.OrdinalIgnoreCase), byCode: true));
        }
    }

    public IResult List(HttpRequest request, SandboxState state)
    {
        var query = new QueryReader(request.Query);
        var page = PageRequest.From(query);
        var modifiedFrom = query.Date("lastModifiedFrom");
        var data = state.Data;
        lock (data.Sync)
        {
            IReadOnlyList<T> rows = Rows(data, request)
                .Where(r => Changed is null || modifiedFrom is null || Changed(r) >= modifiedFrom)
                .Where(r => Filter is null || Filter(r, query))
                .ToList();
            var envelope = ListEnvelope.Build(page.Order(rows, Sort ?? (_ => null)), page, r => ToJson(r, query), echoPageSize: EchoesPageSize);
            if (Removed is not null && query.Flag("includeRemoveIds"))
            {
                ListEnvelope.AddRemovedIds(envelope, state.Options.RemovedIdsPropertyName ?? RemovedIdsName, Removed(data).Where(r => modifiedFrom is null || r.At >= modifiedFrom).Select(r => r.Id));
            }

            return ApiResults.Json(envelope);
        }
    }

    private IResult One(HttpRequest request, SandboxState state, Func<T, bool> match, bool byCode, bool inListEnvelope = false)
    {
        var data = state.Data;
        lock (data.Sync)
        {
            var found = Rows(data, request).FirstOrDefault(match);
            if (found is null)
            {
                return ApiErrors.MissingRecord(state.Options, What, Entity, byCode);
            }

            var row = ToJson(found, new QueryReader(request.Query))!;
            return ApiResults.Json(inListEnvelope ? ListEnvelope.Build(new[] { row }, PageRequest.From(new QueryReader(request.Query)), r => r) : row);
        }
    }

    private JsonNode? ToJson(T row, QueryReader query) => Row is null ? JsonSerializer.SerializeToNode(row, SandboxJson.Api) : Row(row, query);
}
