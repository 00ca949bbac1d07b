using System.Text.Json;
using System.Text.Json.Nodes;
using KiotViet.Sandbox.Data;
using KiotViet.Sandbox.Http;

namespace KiotViet.Sandbox.Routes;

/// <summary>
/// Purchase writes as documented (2.15.3–2.15.5): <c>POST /purchaseorders</c> answers the bare purchase,
/// <c>PUT /purchaseorders/{id}</c> sets the fields given (lines given replace the lines), <c>DELETE
/// /purchaseorders?id=&amp;IsVoidPayment=</c> cancels it ("Đã hủy") and answers a message. The supplier is named by its
/// code. A completed purchase (not a draft) brings its lines into the branch's stock; a cancel takes them out again.
/// </summary>
internal static class PurchaseOrderWriteRoutes
{
    private const int Draft = 1;
    private const int Completed = 3;
    private const int Cancelled = 4;

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/purchaseorders", CreateAsync);
        api.MapPut("/purchaseorders/{id:long}", UpdateAsync);
        api.MapDelete("/purchaseorders", (HttpRequest request, SandboxState state) => Cancel(state, new QueryReader(request.Query)));
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
            var now = VietnamTime.Now(state.Clock);
            var purchases = data.BackOffice.PurchaseOrders;
            var empty = new PurchaseOrder(purchases.Max(p => p.Id) + 2, $"PN{purchases.Count + 1:D6}", 0, "", now, 0, "", "", CatalogSeeder.Sellers[0].Id, CatalogSeeder.Sellers[0].Name,
                0m, 0m, 0m, Completed, "", null, now, null, new List<StockLine>());
            var (purchase, refusal) = Apply(state, data, empty, body, creating: true);
            if (purchase is null)
            {
                return refusal!;
            }

            var paid = Math.Min(BodyFields.Decimal(body, "paidAmount") ?? 0m, purchase.Total);
            purchase = purchase with { TotalPayment = Math.Max(0m, paid), ModifiedDate = null };
            purchases.Add(purchase);
            MoveStock(data, null, purchase, now);
            return ApiResults.Json(Row(purchase, state.Options));
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
            var at = data.BackOffice.PurchaseOrders.FindIndex(p => p.Id == id);
            if (at < 0)
            {
                return ApiErrors.NotFound("Phiếu nhập hàng");
            }

            var before = data.BackOffice.PurchaseOrders[at];
            if (before.Status == Cancelled)
            {
                return OrderFactory.Refusal(state.Options, "Id", $"Phiếu nhập hàng {before.Code} đã bị hủy.");
            }

            var (purchase, refusal) = Apply(state, data, before, body, creating: false);
            if (purchase is null)
            {
                return refusal!;
            }

            var now = VietnamTime.Now(state.Clock);
            purchase = purchase with { ModifiedDate = now };
            data.BackOffice.PurchaseOrders[at] = purchase;
            MoveStock(data, before, purchase, now);
            return ApiResults.Json(Row(purchase, state.Options));
        }
    }

    private static IResult Cancel(SandboxState state, QueryReader query)
    {
        var data = state.Data;
        lock (data.Sync)
        {
            var id = query.Long("id");
            var at = id is null ? -1 : data.BackOffice.PurchaseOrders.FindIndex(p => p.Id == id);
            if (at < 0)
            {
                return ApiErrors.NotFound("Phiếu nhập hàng");
            }

            var before = data.BackOffice.PurchaseOrders[at];
            if (before.Status == Cancelled)
            {
                return OrderFactory.Refusal(state.Options, "Id", $"Phiếu nhập hàng {before.Code} đã bị hủy.");
            }

            var now = VietnamTime.Now(state.Clock);
            var cancelled = before with
            {
                Status = Cancelled,
                StatusValue = "Đã hủy",
                TotalPayment = query.Flag("IsVoidPayment") ? 0m : before.TotalPayment,
                ModifiedDate = now,
            };
            data.BackOffice.PurchaseOrders[at] = cancelled;
            MoveStock(data, before, cancelled, now);
            return ApiResults.Message("Xóa dữ liệu thành công");
        }
    }

    /// <summary>The purchase with the body's fields laid over it, or the refusal KiotViet would give.</summary>
    private static (PurchaseOrder? Purchase, IResult? Refusal) Apply(SandboxState state, ShopData data, PurchaseOrder purchase, JsonObject body, bool creating)
    {
        var options = state.Options;
        if (creating || body.ContainsKey("branchId"))
        {
            var branch = data.Branches.FirstOrDefault(b => b.Id == BodyFields.Long(body, "branchId"));
            if (branch is null)
            {
                return (null, OrderFactory.Refusal(options, "BranchId", "Chi nhánh không tồn tại."));
            }

            purchase = purchase with { BranchId = branch.Id, BranchName = branch.BranchName };
        }

        if (body["supplier"] is JsonObject supplierBody && BodyFields.String(supplierBody, "code") is { } code)
        {
            var supplier = data.BackOffice.Suppliers.FirstOrDefault(s => string.Equals(s.Code, code, StringComparison.OrdinalIgnoreCase));
            if (supplier is null)
            {
                return (null, OrderFactory.Refusal(options, "Supplier", $"Nhà cung cấp {code} không tồn tại hoặc đã bị xóa khỏi hệ thống."));
            }

            purchase = purchase with { SupplierId = supplier.Id, SupplierCode = supplier.Code, SupplierName = supplier.Name };
        }

        if (creating || body.ContainsKey("purchaseOrderDetails"))
        {
            var (lines, refusal) = StockLineReader.Read(options, data, body, "purchaseOrderDetails", "quantity");
            if (lines is null || lines.Count == 0)
            {
                return (null, refusal ?? OrderFactory.Refusal(options, "PurchaseOrderDetails", "Phiếu nhập hàng phải có ít nhất một hàng hóa."));
            }

            purchase = purchase with { PurchaseOrderDetails = lines };
        }

        if (BodyFields.Date(body, "purchaseDate") is { } date)
        {
            purchase = purchase with { PurchaseDate = date };
        }

        if (body.ContainsKey("description"))
        {
            purchase = purchase with { Description = BodyFields.String(body, "description") };
        }

        var discount = BodyFields.Decimal(body, "discount") ?? purchase.Discount;
        var draft = body.ContainsKey("isDraft") ? IsTrue(body, "isDraft") : !creating && purchase.Status == Draft;
        if (draft && !creating && purchase.Status == Completed)
        {
            return (null, OrderFactory.Refusal(options, "IsDraft", $"Phiếu nhập hàng {purchase.Code} đã hoàn thành, không thể lưu tạm."));
        }

        purchase = purchase with { Status = draft ? Draft : Completed, StatusValue = draft ? "Phiếu tạm" : "Đã nhập hàng" };

        return (purchase with { Discount = discount, Total = StockLineReader.Total(purchase.PurchaseOrderDetails) - discount }, null);
    }

    /// <summary>isDraft comes as an int (create, and the January 2026 doc's update) or a bool (the PDF's update).</summary>
    private static bool IsTrue(JsonObject body, string name) =>
        BodyFields.Bool(body, name) ?? (BodyFields.Long(body, name) is { } number && number != 0);

    /// <summary>Takes the stock a purchase had brought in out again, and brings in what it brings now.</summary>
    private static void MoveStock(ShopData data, PurchaseOrder? before, PurchaseOrder after, DateTime now)
    {
        if (before is { Status: Completed })
        {
            StockMoves.Add(data, before.BranchId, before.PurchaseOrderDetails.Select(l => (l.ProductId, -l.Quantity)), now);
        }

        if (after.Status == Completed)
        {
            StockMoves.Add(data, after.BranchId, after.PurchaseOrderDetails.Select(l => (l.ProductId, l.Quantity)), now);
        }
    }

    /// <summary>The documented answer: the purchase, its lines and (none recorded here) payments.</summary>
    public static JsonNode Row(PurchaseOrder purchase, SandboxOptions options)
    {
        var node = JsonSerializer.SerializeToNode(purchase, SandboxJson.Api)!.AsObject();
        node["retailerId"] = options.RetailerId;
        node["payments"] = new JsonArray();
        return node;
    }
}
