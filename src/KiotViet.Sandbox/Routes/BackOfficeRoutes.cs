using System.Text.Json;
using System.Text.Json.Nodes;
using KiotViet.Sandbox.Data;
using KiotViet.Sandbox.Http;

namespace KiotViet.Sandbox.Routes;

/// <summary>The documented read endpoints beyond customers, invoices, orders and the catalog, with their documented parameters.</summary>
internal static class BackOfficeRoutes
{
    public static void Map(WebApplication app)
    {
        foreach (var endpoint in Endpoints(app.Services.GetRequiredService<SandboxState>().Options))
        {
            endpoint(app);
        }

        app.MapGet("/attributes/allwithdistinctvalue", (SandboxState state) => Attributes(state));
        app.MapGet("/settings", (SandboxState state) => ApiResults.Json(state.Data.BackOffice.Settings));
    }

    private static IEnumerable<Action<IEndpointRouteBuilder>> Endpoints(SandboxOptions options)
    {
        yield return new ReadEndpoint<Product>
        {
            Path = "/productOnHands", What = "Hàng hóa", Rows = (d, _) => d.Products, Id = p => p.Id, Changed = p => p.LastChanged,
            Row = StockRow, Sort = key => key switch { "code" => p => p.Code, "modifieddate" => p => p.LastChanged, _ => null },
        }.Map;
        yield return new ReadEndpoint<PriceBook>
        {
            Path = "/pricebooks", What = "Bảng giá", Rows = (d, _) => d.BackOffice.PriceBooks, Id = b => b.Id, Changed = b => b.LastChanged, Row = PriceBookRow,
        }.Map;
        yield return new ReadEndpoint<(Product Product, ProductPrice Price)>
        {
            Path = "/pricebooks/{priceBookId:long}", What = "Bảng giá", Id = p => p.Product.Id,
            Rows = (d, r) => d.Products.SelectMany(p => p.PriceBooks.Where(b => b.PriceBookId.ToString(System.Globalization.CultureInfo.InvariantCulture) == (string?)r.RouteValues["priceBookId"]).Select(b => (p, b))),
            Row = (p, _) => new JsonObject { ["productId"] = p.Product.Id, ["productCode"] = p.Product.Code, ["productName"] = p.Product.Name, ["price"] = p.Price.Price },
        }.Map;
        yield return new ReadEndpoint<CashFlow>
        {
            Path = "/cashflow", What = "Phiếu thu chi", Rows = (d, _) => d.BackOffice.CashFlows, Id = c => c.Id, Filter = CashFlowFilter,
        }.Map;
        yield return new ReadEndpoint<Return>
        {
            Path = "/returns", What = "Phiếu trả hàng", Rows = (d, _) => d.BackOffice.Returns, Id = r => r.Id, Code = r => r.Code, Changed = r => r.LastChanged, ReadsById = true,
            Filter = (r, q) => InRange(r.ReturnDate, q, "fromReturnDate", "toReturnDate"),
            Sort = key => key switch { "returndate" => r => r.ReturnDate, "code" => r => r.Code, _ => null },
        }.Map;
        yield return new ReadEndpoint<PurchaseOrder>
        {
            Path = "/purchaseorders", What = "Phiếu nhập hàng", Rows = (d, _) => d.BackOffice.PurchaseOrders, Id = p => p.Id, ReadsById = true,
            Filter = (p, q) => In(p.BranchId, q, "branchIds") && In(p.Status, q, "status") && InRange(p.PurchaseDate, q, "fromPurchaseDate", "toPurchaseDate"),
        }.Map;
        yield return new ReadEndpoint<Transfer>
        {
            Path = "/transfers", What = "Phiếu chuyển hàng", Rows = (d, _) => d.BackOffice.Transfers, Id = t => t.Id, ReadsById = true,
            Row = (t, _) => TransferWriteRoutes.Row(t, options, "recieveQuantity"),
            Filter = (t, q) => In(t.FromBranchId, q, "fromBranchIds") && In(t.ToBranchId, q, "toBranchIds") && In(t.Status, q, "status") && InRange(t.ReceivedDate ?? t.DispatchedDate, q, "fromReceivedDate", "toReceivedDate"),
        }.Map;
        yield return new ReadEndpoint<OrderSupplier>
        {
            Path = "/ordersuppliers", What = "Phiếu đặt hàng nhập", Rows = (d, _) => d.BackOffice.OrderSuppliers, Id = o => o.Id, ReadsById = true,
            ByIdInListEnvelope = options.OrderSupplierByIdInListEnvelope,
            Row = (o, _) => OrderSupplierRow(o, options),
            // 2.20.1 documents branchId (one branch) and status (one status), and no date filter: an undocumented
            // parameter is ignored, as KiotViet ignores what it does not read.
            Filter = (o, q) => (q.Long("branchId") is not { } branch || o.BranchId == branch) && (q.Int("status") is not { } status || o.Status == status),
        }.Map;
        yield return new ReadEndpoint<Supplier>
        {
            Path = "/suppliers", What = "Nhà cung cấp", Rows = (d, _) => d.BackOffice.Suppliers, Id = s => s.Id, ReadsById = true, Changed = s => s.LastChanged, Removed = d => d.BackOffice.RemovedSuppliers, RemovedIdsName = "removedId",
            Filter = (s, q) => Contains(s.Code, q, "code") && Contains(s.Name, q, "name") && Contains(s.ContactNumber, q, "contactNumber"),
            Sort = key => key switch { "code" => s => s.Code, "name" => s => s.Name, "createddate" => s => s.CreatedDate, "modifieddate" => s => s.LastChanged, _ => null },
        }.Map;
        yield return new ReadEndpoint<User>
        {
            Path = "/users", What = "Người dùng", Rows = (d, _) => d.BackOffice.Users, Id = u => u.Id, Changed = u => u.LastChanged, Removed = d => d.BackOffice.RemovedUsers, RemovedIdsName = "removeIds",
        }.Map;
        yield return new ReadEndpoint<BankAccount>
        {
            Path = "/BankAccounts", What = "Tài khoản ngân hàng", Rows = (d, _) => d.BackOffice.BankAccounts, Id = b => b.Id, Changed = b => b.LastChanged, Removed = d => d.BackOffice.RemovedBankAccounts, RemovedIdsName = "removeIds",
        }.Map;
        yield return new ReadEndpoint<Surcharge>
        {
            Path = "/surchages", What = "Thu khác", Rows = (d, _) => d.BackOffice.Surcharges.Where(s => s.IsActive || d.Options.InactiveSurchargesListed), Id = s => s.Id, Changed = s => s.LastChanged,
            Filter = (s, q) => q.Long("branchId") is not { } branch || s.BranchId is null || s.BranchId == branch,
        }.Map;
        yield return new ReadEndpoint<SaleChannel> { Path = "/salechannel", What = "Kênh bán", Rows = (d, _) => d.BackOffice.SaleChannels, Id = c => c.Id }.Map;
        yield return new ReadEndpoint<Location> { Path = "/locations", What = "Khu vực", Rows = (d, _) => d.BackOffice.Locations, Id = l => l.Id }.Map;
        yield return new ReadEndpoint<Trademark> { Path = "/trademark", What = "Thương hiệu", Rows = (d, _) => d.BackOffice.Trademarks, Id = t => t.Id }.Map;
        yield return new ReadEndpoint<VoucherCampaign> { Path = "/vouchercampaign", What = "Đợt phát hành voucher", Rows = (d, _) => d.BackOffice.VoucherCampaigns, Id = c => c.Id, EchoesPageSize = false }.Map;
        yield return new ReadEndpoint<Voucher>
        {
            Path = "/voucher", What = "Voucher", Rows = (d, _) => d.BackOffice.Vouchers, Id = v => v.Id, EchoesPageSize = false,
            Filter = (v, q) => (q.Long("campaignId") is not { } campaign || v.VoucherCampaignId == campaign) && (q.Int("status") is not { } status || v.Status == status)
                && (q.String("code") is not { Length: > 0 } code || string.Equals(v.Code, code, StringComparison.OrdinalIgnoreCase)),
        }.Map;
    }

    /// <summary>
    /// A supplier order as 2.20.1/2.20.2 print it (the January 2026 print, which adds the supplier and VAT): no branch
    /// name, and lines that name their product by id only.
    /// </summary>
    private static JsonNode OrderSupplierRow(OrderSupplier order, SandboxOptions options)
    {
        var lines = new JsonArray();
        var index = 0;
        foreach (var line in order.OrderSupplierDetails)
        {
            var subTotal = (decimal)line.Quantity * line.Price - line.Discount;
            lines.Add(new JsonObject
            {
                ["id"] = order.Id * 100 + ++index,
                ["orderSupplierId"] = order.Id,
                ["productId"] = line.ProductId,
                ["quantity"] = line.Quantity,
                ["price"] = line.Price,
                ["discount"] = line.Discount,
                ["allocation"] = 0m,
                ["createdDate"] = SandboxJson.FormatLocal(order.CreatedDate),
                ["orderQuantity"] = line.Quantity,
                ["subTotal"] = subTotal,
            });
        }

        var quantity = order.OrderSupplierDetails.Sum(l => l.Quantity);
        var row = new JsonObject
        {
            ["id"] = order.Id,
            ["code"] = order.Code,
            ["orderDate"] = SandboxJson.FormatLocal(order.OrderDate),
            ["branchId"] = order.BranchId,
            ["retailerId"] = options.RetailerId,
            ["userId"] = CatalogSeeder.Sellers[0].Id,
            ["description"] = order.Description,
            ["status"] = order.Status,
            ["discountRatio"] = "0", // typed string in 2.20.1
            ["productQty"] = quantity,
            ["discount"] = order.Discount,
            ["createdDate"] = SandboxJson.FormatLocal(order.CreatedDate),
            ["createdBy"] = CatalogSeeder.Sellers[0].Id,
            ["totalTax"] = 0m,
            ["orderSupplierDetails"] = lines,
            ["total"] = order.Total,
            ["totalQuantity"] = quantity,
            ["subTotal"] = order.Total + order.Discount,
            ["paidAmount"] = 0m,
            ["toComplete"] = false,
            ["statusValue"] = order.StatusValue,
            ["viewPrice"] = true,
            ["supplierDebt"] = 0m,
            ["supplierOldDebt"] = 0m,
            ["supplierId"] = order.SupplierId,
            ["supplierCode"] = order.SupplierCode,
            ["supplierName"] = order.SupplierName,
        };
        if (order.Description is null)
        {
            row.Remove("description");
        }

        return row;
    }

    /// <summary>A bare array by default; wrapped as a list envelope when the options say so (the doc does not show it).</summary>
    private static IResult Attributes(SandboxState state)
    {
        var rows = JsonSerializer.SerializeToNode(state.Data.BackOffice.Attributes, SandboxJson.Api)!;
        return ApiResults.Json(state.Options.AttributesInEnvelope
            ? new JsonObject { ["total"] = state.Data.BackOffice.Attributes.Count, ["pageSize"] = state.Data.BackOffice.Attributes.Count, ["data"] = rows }
            : rows);
    }

    /// <summary>One row per product with its stock per branch; branchIds narrows the branches.</summary>
    private static JsonNode StockRow(Product product, QueryReader query)
    {
        var branches = query.Longs("branchIds");
        // 2.4.9 prints no name, branch name or cost, and spells onhand with a lower-case h.
        var inventories = new JsonArray(product.Inventories.Where(i => branches is null || branches.Contains(i.BranchId))
            .Select(i => (JsonNode)new JsonObject { ["branchId"] = i.BranchId, ["onhand"] = i.OnHand, ["reserved"] = i.Reserved }).ToArray());
        return new JsonObject
        {
            ["id"] = product.Id,
            ["code"] = product.Code,
            ["createdDate"] = SandboxJson.FormatLocal(product.CreatedDate),
            ["modifiedDate"] = SandboxJson.FormatLocal(product.LastChanged),
            ["inventories"] = inventories,
        };
    }

    /// <summary>Branches and customer groups only when asked for, as the doc's include flags say.</summary>
    private static JsonNode PriceBookRow(PriceBook book, QueryReader query)
    {
        var node = JsonSerializer.SerializeToNode(book, SandboxJson.Api)!.AsObject();
        node.Remove("lastChanged");
        if (!query.Flag("includePriceBookBranch"))
        {
            node.Remove("priceBookBranches");
        }

        if (!query.Flag("includePriceBookCustomerGroups"))
        {
            node.Remove("priceBookCustomerGroups");
        }

        return node;
    }

    private static bool CashFlowFilter(CashFlow entry, QueryReader query) =>
        In(entry.BranchId, query, "branchIds")
        && InRange(entry.TransDate, query, "startDate", "endDate")
        && (query.String("isReceipt") is not { } receipt || bool.TryParse(receipt, out var wanted) && entry.IsReceipt == wanted)
        && (query.String("method") is not { } method || string.Equals(entry.Method, method, StringComparison.OrdinalIgnoreCase))
        && (query.String("partnerType") is not { } partner || partner == "A" || string.Equals(entry.PartnerType, partner, StringComparison.OrdinalIgnoreCase))
        && Contains(entry.PartnerName, query, "partnerName")
        && (query.Int("status") is not { } status || entry.Status == status);

    private static bool In(long value, QueryReader query, string name) => query.Longs(name) is not { } wanted || wanted.Contains(value);

    private static bool InRange(DateTime value, QueryReader query, string from, string to) =>
        (query.Date(from) is not { } start || value >= start) && (query.Date(to) is not { } end || value <= end);

    private static bool Contains(string? value, QueryReader query, string name) =>
        query.String(name) is not { } wanted || (value ?? string.Empty).Contains(wanted, StringComparison.OrdinalIgnoreCase);
}
