using System.Text.Json;
using System.Text.Json.Nodes;
using KiotViet.Sandbox.Data;
using KiotViet.Sandbox.Http;

namespace KiotViet.Sandbox.Routes;

/// <summary>/invoices: list with the documented filters, reads by id and by code.</summary>
internal static class InvoiceRoutes
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/invoices", List);
        api.MapGet("/invoices/{id:long}", (long id, SandboxState state) => Read(state, d => d.Invoices.Find(id), false));
        api.MapGet("/invoices/code/{code}", (string code, SandboxState state) => Read(state, d => d.Invoices.FindByCode(code), true));
    }

    public static JsonObject Row(Invoice invoice, bool includePayment, bool includeDelivery)
    {
        var node = JsonSerializer.SerializeToNode(invoice, SandboxJson.Api)!.AsObject();
        if (!includePayment)
        {
            node.Remove("payments");
        }

        if (!includeDelivery)
        {
            node.Remove("invoiceDelivery");
        }

        return node;
    }

    private static IResult List(HttpRequest request, SandboxState state)
    {
        var query = new QueryReader(request.Query);
        var page = PageRequest.From(query);
        var includePayment = query.Flag("includePayment");
        var includeDelivery = query.Flag("includeInvoiceDelivery");
        var data = state.Data;
        lock (data.Sync)
        {
            var rows = page.Order(SaleQuery.Filter(data.Invoices.All, query, SaleQuery.InvoiceExtras(query)), SaleQuery.SortKey<Invoice>);
            return ApiResults.Json(ListEnvelope.Build(rows, page, i => Row(i, includePayment, includeDelivery)));
        }
    }

    private static IResult Read(SandboxState state, Func<ShopData, Invoice?> find, bool byCode)
    {
        var data = state.Data;
        lock (data.Sync)
        {
            return find(data) is { } invoice ? ApiResults.Json(Row(invoice, includePayment: true, includeDelivery: true)) : ApiErrors.MissingRecord(state.Options, "Hóa đơn", "Invoice", byCode);
        }
    }
}
