using System.Text.Json;
using System.Text.Json.Nodes;
using KiotViet.Sandbox.Data;
using KiotViet.Sandbox.Http;

namespace KiotViet.Sandbox.Routes;

/// <summary>
/// Orders. Retail: GET /orders (filters), /orders/{id}, /orders/code/{code}, POST /orders (the order, unwrapped).
/// F&amp;B: POST /orders/create (a uuid string) and GET /orders/uuid/{uuid}.
/// </summary>
internal static class OrderRoutes
{
    public static void MapRetail(IEndpointRouteBuilder api)
    {
        MapReads(api);
        api.MapPost("/orders", (HttpRequest request, SandboxState state) => CreateAsync(request, state, withUuid: false));
    }

    public static void MapFnb(IEndpointRouteBuilder api)
    {
        MapReads(api);
        api.MapPost("/orders/create", (HttpRequest request, SandboxState state) => CreateAsync(request, state, withUuid: true));
        api.MapGet("/orders/uuid/{uuid}", (string uuid, SandboxState state) => Read(state, d => d.Orders.All.FirstOrDefault(o => string.Equals(o.Uuid, uuid, StringComparison.OrdinalIgnoreCase)), false));
    }

    private static void MapReads(IEndpointRouteBuilder api)
    {
        api.MapGet("/orders", List);
        api.MapGet("/orders/{id:long}", (long id, SandboxState state) => Read(state, d => d.Orders.Find(id), false));
        api.MapGet("/orders/code/{code}", (string code, SandboxState state) => Read(state, d => d.Orders.FindByCode(code), true));
    }

    private static IResult List(HttpRequest request, SandboxState state)
    {
        var query = new QueryReader(request.Query);
        var page = PageRequest.From(query);
        var data = state.Data;
        lock (data.Sync)
        {
            var rows = page.Order(SaleQuery.Filter(data.Orders.All, query, SaleQuery.OrderExtras(query)), SaleQuery.SortKey<Order>);
            var includeDelivery = query.Flag("includeOrderDelivery");
            return ApiResults.Json(ListEnvelope.Build(rows, page, o => WithoutDeliveryUnless(JsonSerializer.SerializeToNode(o, SandboxJson.Api)!.AsObject(), includeDelivery)));
        }
    }

    // The list shows an order's delivery when asked (includeOrderDelivery, 2.5.1); a read by id or code always does.
    private static JsonObject WithoutDeliveryUnless(JsonObject row, bool includeDelivery)
    {
        if (!includeDelivery)
        {
            row.Remove("orderDelivery");
        }

        return row;
    }

    private static IResult Read(SandboxState state, Func<ShopData, Order?> find, bool byCode)
    {
        var data = state.Data;
        lock (data.Sync)
        {
            return find(data) is { } order ? ApiResults.Json(order) : ApiErrors.MissingRecord(state.Options, "Đơn hàng", "Order", byCode);
        }
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, SandboxState state, bool withUuid)
    {
        if (OrderWriteRoutes.OrderingDisabled(state) is { } disabled)
        {
            return disabled;
        }

        if (await RequestBody.ReadAsync(request) is not { } body)
        {
            return ApiResults.BadBody(state.Options);
        }

        var data = state.Data;
        Order created;
        lock (data.Sync)
        {
            var (order, refusal) = OrderFactory.Create(state, data, body, withUuid);
            if (order is null)
            {
                return refusal!;
            }

            data.Orders.Add(order);
            if (!withUuid && BodyFields.Bool(body, "makeInvoice") == true)
            {
                SaleExtras.MakeInvoice(state, data, order);
            }

            created = order;
        }

        _ = state.Webhooks.OrderChanged(created);
        return withUuid ? ApiResults.Json(created.Uuid) : WriteAnswer(created);
    }

    /// <summary>
    /// An order as a create or an update answers it: the January 2026 print of 2.5.3/2.5.4 has no isMaster on the
    /// lines (the reads 2.5.1/2.5.2 do).
    /// </summary>
    public static IResult WriteAnswer(Order order)
    {
        var node = JsonSerializer.SerializeToNode(order, SandboxJson.Api)!;
        foreach (var line in node["orderDetails"]?.AsArray() ?? new System.Text.Json.Nodes.JsonArray())
        {
            line?.AsObject().Remove("isMaster");
        }

        return ApiResults.Json(node);
    }
}
