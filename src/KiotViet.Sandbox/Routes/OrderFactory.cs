using System.Text.Json.Nodes;
using KiotViet.Sandbox.Data;
using KiotViet.Sandbox.Http;

namespace KiotViet.Sandbox.Routes;

/// <summary>Builds a new draft order ("Phiếu tạm") from a create body, or the validation error the API would give.</summary>
internal static class OrderFactory
{
    public static (Order? Order, IResult? Refusal) Create(SandboxState state, ShopData data, JsonObject body, bool withUuid)
    {
        var options = state.Options;
        // The retail order documents its customer as customer: {id, ...}; the F&B order (withUuid) as customerId.
        var (branch, customer, partyRefusal) = Parties(options, data, body, withUuid ? CustomerField.Id : CustomerField.Object);
        if (branch is null)
        {
            return (null, partyRefusal);
        }

        var (lines, lineRefusal) = Lines(options, data, body, "orderDetails");
        if (lines is null)
        {
            return (null, lineRefusal);
        }

        if (lines.Count == 0)
        {
            return Refuse(options, "OrderDetails", "Đơn hàng phải có ít nhất một hàng hóa.");
        }

        var now = VietnamTime.Now(state.Clock);
        var id = data.Orders.NextId;
        var (surcharges, surchargeRefusal) = SurchargeWriteRoutes.OnOrder(options, data, body, id, SaleLines.Total(lines), now);
        if (surcharges is null)
        {
            return (null, surchargeRefusal);
        }

        var (channel, channelRefusal) = SaleExtras.Channel(options, data, body, null);
        if (channelRefusal is not null)
        {
            return (null, channelRefusal);
        }

        var order = new Order
        {
            Id = id,
            Uuid = withUuid ? Guid.NewGuid().ToString() : null,
            Code = $"DH{data.Orders.All.Count + 1:D6}",
            PurchaseDate = BodyFields.Date(body, "purchaseDate") ?? now,
            Total = SaleLines.Total(lines) + surcharges.Sum(s => s.Price) - (decimal.TryParse(BodyFields.String(body, "discount"), System.Globalization.CultureInfo.InvariantCulture, out var orderDiscount) ? orderDiscount : 0m),
            Discount = orderDiscount,
            Status = OrderStatus.Draft,
            Description = BodyFields.String(body, "description"),
            SaleChannelId = channel,
            OrderDelivery = SaleExtras.OrderDelivery(body, null),
            RetailerId = options.RetailerId,
            CreatedDate = now,
            OrderDetails = lines,
            InvoiceOrderSurcharges = surcharges.Count == 0 ? null : surcharges,
        }.With<Order>(branch, CatalogSeeder.Sellers[0], customer);
        return (order, null);
    }

    /// <summary>
    /// The branch (the first when none is given) and the customer (null = walk-in) of a create body, or the refusal
    /// of an unknown one. The customer is read from the field the operation documents; another is ignored, as
    /// KiotViet ignores what its request type does not have.
    /// </summary>
    public static (Branch? Branch, Customer? Customer, IResult? Refusal) Parties(SandboxOptions options, ShopData data, JsonObject body, CustomerField customerField)
    {
        var branchId = BodyFields.Long(body, "branchId");
        var branch = branchId is null ? data.Branches[0] : data.Branches.FirstOrDefault(b => b.Id == branchId);
        if (branch is null)
        {
            return (null, null, Refusal(options, "BranchId", "Chi nhánh không tồn tại."));
        }

        Customer? customer = null;
        if (CustomerIdOf(body, customerField) is { } customerId and > 0)
        {
            customer = data.Customers.Find(customerId);
            if (customer is null)
            {
                return (null, null, Refusal(options, "CustomerId", "Khách hàng không hoạt động hoặc đã bị xóa khỏi hệ thống."));
            }
        }

        return (branch, customer, null);
    }

    /// <summary>The customer id a body names in the documented field: <c>customerId</c>, or <c>customer: {id}</c>.</summary>
    public static long? CustomerIdOf(JsonObject body, CustomerField field) =>
        field == CustomerField.Id ? BodyFields.Long(body, "customerId") : body["customer"] is JsonObject customer ? BodyFields.Long(customer, "id") : null;

    /// <summary>The lines of a create or update body (orderDetails, invoiceDetails) as stored lines, or the refusal of the first bad line.</summary>
    public static (List<SaleLine>? Lines, IResult? Refusal) Lines(SandboxOptions options, ShopData data, JsonObject body, string field)
    {
        var lines = new List<SaleLine>();
        foreach (var line in (body[field] as JsonArray ?? new JsonArray()).OfType<JsonObject>())
        {
            var product = FindProduct(data, line);
            if (product is null)
            {
                return (null, Refusal(options, "ProductId", "Hàng hóa không tồn tại hoặc đã bị xóa khỏi hệ thống."));
            }

            var quantity = double.TryParse(BodyFields.String(line, "quantity"), System.Globalization.CultureInfo.InvariantCulture, out var q) ? q : 0;
            if (quantity <= 0)
            {
                return (null, Refusal(options, "Quantity", "Vui lòng nhập số lượng lớn hơn 0 cho sản phẩm"));
            }

            var price = decimal.TryParse(BodyFields.String(line, "price"), System.Globalization.CultureInfo.InvariantCulture, out var p) ? p : product.BasePrice;
            var discount = decimal.TryParse(BodyFields.String(line, "discount"), System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : 0m;
            lines.Add(new SaleLine(product.Id, product.Code, product.Name, quantity, price, discount, 0, BodyFields.String(line, "note")));
        }

        return (lines, null);
    }

    public static IResult Refusal(SandboxOptions options, string field, string message) =>
        ApiErrors.Validation(options, message, new ApiFieldError("KvValidateException", field, message));

    private static Product? FindProduct(ShopData data, JsonObject line) =>
        BodyFields.Long(line, "productId") is { } productId
            ? data.Products.FirstOrDefault(p => p.Id == productId)
            : data.Products.FirstOrDefault(p => string.Equals(p.Code, BodyFields.String(line, "productCode"), StringComparison.OrdinalIgnoreCase));

    private static (Order?, IResult?) Refuse(SandboxOptions options, string field, string message) => (null, Refusal(options, field, message));
}

/// <summary>How an operation's body names its customer.</summary>
internal enum CustomerField
{
    /// <summary><c>customerId</c> (invoices, F&amp;B orders).</summary>
    Id,

    /// <summary><c>customer: {id, ...}</c> (retail orders, create and update).</summary>
    Object,
}
