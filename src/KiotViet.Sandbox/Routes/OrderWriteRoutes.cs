using System.Text.Json.Nodes;
using KiotViet.Sandbox.Data;
using KiotViet.Sandbox.Http;

namespace KiotViet.Sandbox.Routes;

/// <summary>
/// Retail order writes beyond the create: <c>PUT /orders/{id}</c> (fields given are set; lines given replace the
/// lines) and the cancel <c>DELETE /orders/{id}?IsVoidPayment=</c> (answers the order, "Đã hủy"). Every order write
/// is refused with KiotViet's settings message when <see cref="SandboxOptions.AllowOrders"/> is off.
/// </summary>
internal static class OrderWriteRoutes
{
    public const string OrderingDisabledMessage = "Thiết lập “Cho phép đặt hàng” đang không được bật";

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPut("/orders/{id:long}", UpdateAsync);
        api.MapDelete("/orders/{id:long}", (long id, HttpRequest request, SandboxState state) => Cancel(state, id, new QueryReader(request.Query).Flag("IsVoidPayment")));
    }

    /// <summary>The settings refusal when the shop does not allow orders, else null.</summary>
    public static IResult? OrderingDisabled(SandboxState state) =>
        state.Options.AllowOrders ? null : OrderFactory.Refusal(state.Options, "Setting", OrderingDisabledMessage);

    private static async Task<IResult> UpdateAsync(long id, HttpRequest request, SandboxState state) =>
        OrderingDisabled(state) ?? await DocumentUpdate.RunAsync<Order>(
            request,
            state,
            (data, body) =>
            {
                var refusal = Editable(state, data, id, out var order) ?? Apply(state, data, order!, body);
                return (refusal is null ? order : null, refusal);
            },
            state.Webhooks.OrderChanged,
            OrderRoutes.WriteAnswer);

    private static IResult Cancel(SandboxState state, long id, bool voidPayment)
    {
        if (OrderingDisabled(state) is { } disabled)
        {
            return disabled;
        }

        var data = state.Data;
        Order cancelled;
        lock (data.Sync)
        {
            if (Editable(state, data, id, out var order) is { } refusal)
            {
                return refusal;
            }

            order!.Status = OrderStatus.Cancelled;
            order.ModifiedDate = VietnamTime.Now(state.Clock);
            if (voidPayment)
            {
                order.TotalPayment = 0m;
            }

            cancelled = order;
        }

        _ = state.Webhooks.OrderChanged(cancelled);
        return ApiResults.Message("Xóa dữ liệu thành công"); // 2.5.5 answers the message only (both prints)
    }

    // A missing order is not found; a cancelled one can no longer change.
    private static IResult? Editable(SandboxState state, ShopData data, long id, out Order? order)
    {
        order = data.Orders.Find(id);
        if (order is null)
        {
            return ApiErrors.NotFound("Đơn hàng");
        }

        return order.Status == OrderStatus.Cancelled ? OrderFactory.Refusal(state.Options, "Id", $"Đơn hàng {order.Code} đã bị hủy.") : null;
    }

    private static IResult? Apply(SandboxState state, ShopData data, Order order, JsonObject body)
    {
        var lines = order.OrderDetails;
        if (body.ContainsKey("orderDetails"))
        {
            var (read, refusal) = OrderFactory.Lines(state.Options, data, body, "orderDetails");
            if (read is null || read.Count == 0)
            {
                return refusal ?? OrderFactory.Refusal(state.Options, "OrderDetails", "Đơn hàng phải có ít nhất một hàng hóa.");
            }

            lines = read;
        }

        var customer = order.CustomerId is { } current ? data.Customers.Find(current) : null;
        if (OrderFactory.CustomerIdOf(body, CustomerField.Object) is { } customerId and > 0)
        {
            customer = data.Customers.Find(customerId);
            if (customer is null)
            {
                return OrderFactory.Refusal(state.Options, "CustomerId", "Khách hàng không hoạt động hoặc đã bị xóa khỏi hệ thống.");
            }
        }

        if (decimal.TryParse(BodyFields.String(body, "discount"), System.Globalization.CultureInfo.InvariantCulture, out var discount))
        {
            order.Discount = discount;
        }

        if (BodyFields.String(body, "description") is { } description)
        {
            order.Description = description;
        }

        var (channel, channelRefusal) = SaleExtras.Channel(state.Options, data, body, order.SaleChannelId);
        if (channelRefusal is not null)
        {
            return channelRefusal;
        }

        order.SaleChannelId = channel;
        order.OrderDelivery = SaleExtras.OrderDelivery(body, order.OrderDelivery);
        order.PurchaseDate = BodyFields.Date(body, "purchaseDate") ?? order.PurchaseDate;
        order.OrderDetails = lines;
        order.Total = SaleLines.Total(lines) - order.Discount;
        order.ModifiedDate = VietnamTime.Now(state.Clock);
        order.With<Order>(data.Branches.First(b => b.Id == order.BranchId), CatalogSeeder.Sellers.FirstOrDefault(s => s.Id == order.SoldById) ?? CatalogSeeder.Sellers[0], customer);
        return null;
    }
}
