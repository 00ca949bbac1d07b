using System.Text.Json.Nodes;
using KiotViet.Sandbox.Data;
using KiotViet.Sandbox.Http;

namespace KiotViet.Sandbox.Routes;

/// <summary>
/// What invoice and order writes carry beside their lines: the delivery (an invoice's <c>deliveryDetail</c>, stored and
/// shown as <c>invoiceDelivery</c>; an order's <c>orderDelivery</c>), the sale channel and the delivery status. A write
/// sets the delivery fields it gives over the ones the document has.
/// </summary>
internal static class SaleExtras
{
    /// <summary>Delivery statuses as the doc lists them (1 to 12; a create takes 1 or 2).</summary>
    public static readonly string[] DeliveryStatuses =
    {
        "Chờ xử lý", "Đang giao hàng", "Giao thành công", "Đang chuyển hoàn", "Đã chuyển hoàn", "Đã hủy",
        "Đang lấy hàng", "Chờ lấy lại", "Đã lấy hàng", "Chờ giao lại", "Chờ chuyển hàng", "Chờ chuyển hoàn lại",
    };

    private static readonly InvoiceDelivery Blank = new(string.Empty, 0, 1, DeliveryStatuses[0], 0m, string.Empty, string.Empty, string.Empty, 0, string.Empty, false, 0m, 0, 0, 0, 0, 0, new PartnerDelivery(string.Empty, string.Empty, string.Empty, string.Empty, string.Empty));

    /// <summary>
    /// The invoice's delivery after a write's <c>deliveryDetail</c> (null when the body has none), or the refusal of a bad
    /// status. <paramref name="owed"/> is what the carrier collects when the delivery is COD and names no amount.
    /// </summary>
    public static (InvoiceDelivery? Delivery, IResult? Refusal) InvoiceDelivery(SandboxOptions options, JsonObject body, InvoiceDelivery? current, decimal owed, bool create)
    {
        if (body["deliveryDetail"] is not JsonObject given)
        {
            return (current, null);
        }

        var delivery = current ?? Blank;
        if (BodyFields.Long(given, "status") is { } status)
        {
            if (status < 1 || status > (create ? 2 : DeliveryStatuses.Length))
            {
                return (null, OrderFactory.Refusal(options, "DeliveryDetail.Status", "Trạng thái giao hàng không hợp lệ."));
            }

            delivery = delivery with { Status = (int)status, StatusValue = DeliveryStatuses[status - 1] };
        }

        var cod = BodyFields.Bool(given, "usingPriceCod") ?? delivery.UsingPriceCod;
        var amount = BodyFields.Decimal(given, "priceCodPayment");
        if (amount < 0)
        {
            return (null, OrderFactory.Refusal(options, "DeliveryDetail.PriceCodPayment", "Số tiền thu hộ không hợp lệ."));
        }

        delivery = delivery with
        {
            DeliveryCode = BodyFields.String(given, "deliveryCode") ?? delivery.DeliveryCode,
            Type = (int?)BodyFields.Long(given, "type") ?? delivery.Type,
            Price = BodyFields.Decimal(given, "price") ?? delivery.Price,
            Receiver = BodyFields.String(given, "receiver") ?? delivery.Receiver,
            ContactNumber = BodyFields.String(given, "contactNumber") ?? delivery.ContactNumber,
            Address = BodyFields.String(given, "address") ?? delivery.Address,
            LocationId = BodyFields.Long(given, "locationId") ?? delivery.LocationId,
            LocationName = BodyFields.String(given, "locationName") ?? delivery.LocationName,
            UsingPriceCod = cod,
            PriceCodPayment = amount ?? (cod && !delivery.UsingPriceCod ? owed : delivery.PriceCodPayment),
            Weight = (double?)BodyFields.Decimal(given, "weight") ?? delivery.Weight,
            Length = (double?)BodyFields.Decimal(given, "length") ?? delivery.Length,
            Width = (double?)BodyFields.Decimal(given, "width") ?? delivery.Width,
            Height = (double?)BodyFields.Decimal(given, "height") ?? delivery.Height,
            PartnerDeliveryId = BodyFields.Long(given, "partnerDeliveryId") ?? delivery.PartnerDeliveryId,
            PartnerDelivery = Partner(given["partnerDelivery"] as JsonObject, delivery.PartnerDelivery),
        };
        return (delivery, null);
    }

    /// <summary>The order's delivery after a write's <c>orderDelivery</c>; the body's absence keeps the current one.</summary>
    public static OrderDelivery? OrderDelivery(JsonObject body, OrderDelivery? current)
    {
        if (body["orderDelivery"] is not JsonObject given)
        {
            return current;
        }

        var delivery = current ?? new OrderDelivery();
        return delivery with
        {
            DeliveryCode = BodyFields.String(given, "deliveryCode") ?? delivery.DeliveryCode,
            Type = (int?)BodyFields.Long(given, "type") ?? delivery.Type,
            Price = BodyFields.Decimal(given, "price") ?? delivery.Price,
            Receiver = BodyFields.String(given, "receiver") ?? delivery.Receiver,
            ContactNumber = BodyFields.String(given, "contactNumber") ?? delivery.ContactNumber,
            Address = BodyFields.String(given, "address") ?? delivery.Address,
            LocationId = BodyFields.Long(given, "locationId") ?? delivery.LocationId,
            LocationName = BodyFields.String(given, "locationName") ?? delivery.LocationName,
            Weight = (double?)BodyFields.Decimal(given, "weight") ?? delivery.Weight,
            Length = (double?)BodyFields.Decimal(given, "length") ?? delivery.Length,
            Width = (double?)BodyFields.Decimal(given, "width") ?? delivery.Width,
            Height = (double?)BodyFields.Decimal(given, "height") ?? delivery.Height,
            PartnerDeliveryId = BodyFields.Long(given, "partnerDeliveryId") ?? delivery.PartnerDeliveryId,
            PartnerDelivery = given["partnerDelivery"] is JsonObject partner ? Partner(partner, delivery.PartnerDelivery ?? Blank.PartnerDelivery) : delivery.PartnerDelivery,
        };
    }

    /// <summary>The sale channel a body names (null when none), or the refusal of one the shop does not have.</summary>
    public static (long? Channel, IResult? Refusal) Channel(SandboxOptions options, ShopData data, JsonObject body, long? current)
    {
        if (BodyFields.Long(body, "saleChannelId") is not { } id)
        {
            return (current, null);
        }

        return data.BackOffice.SaleChannels.Any(c => c.Id == id)
            ? (id, null)
            : (null, OrderFactory.Refusal(options, "SaleChannelId", "Kênh bán không tồn tại hoặc đã bị xóa khỏi hệ thống."));
    }

    /// <summary>
    /// The invoice an order's create makes at once (makeInvoice): the order's lines, total, customer and delivery, taken
    /// out of stock; the order is then completed ("Hoàn thành").
    /// </summary>
    public static Invoice MakeInvoice(SandboxState state, ShopData data, Order order)
    {
        var now = VietnamTime.Now(state.Clock);
        var delivery = order.OrderDelivery is { } d
            ? Blank with
            {
                DeliveryCode = d.DeliveryCode ?? string.Empty, Type = d.Type ?? 0, Price = d.Price ?? 0m, Receiver = d.Receiver ?? string.Empty,
                ContactNumber = d.ContactNumber ?? string.Empty, Address = d.Address ?? string.Empty, LocationId = d.LocationId ?? 0,
                LocationName = d.LocationName ?? string.Empty, Weight = d.Weight ?? 0, Length = d.Length ?? 0, Width = d.Width ?? 0, Height = d.Height ?? 0,
                PartnerDeliveryId = d.PartnerDeliveryId ?? 0, PartnerDelivery = d.PartnerDelivery ?? Blank.PartnerDelivery,
            }
            : null;
        var invoice = new Invoice
        {
            Id = data.Invoices.NextId,
            Code = $"HD{data.Invoices.All.Count + 1:D6}",
            PurchaseDate = order.PurchaseDate,
            OrderId = order.Id,
            OrderCode = order.Code,
            Discount = order.Discount,
            Total = order.Total,
            Status = InvoiceStatus.Completed,
            RetailerId = order.RetailerId,
            CreatedDate = now,
            InvoiceDetails = order.OrderDetails.ToList(),
            InvoiceDelivery = delivery,
            SaleChannelId = order.SaleChannelId,
        }.With<Invoice>(
            data.Branches.First(b => b.Id == order.BranchId),
            CatalogSeeder.Sellers.FirstOrDefault(s => s.Id == order.SoldById) ?? CatalogSeeder.Sellers[0],
            order.CustomerId is { } customer ? data.Customers.Find(customer) : null);
        data.Invoices.Add(invoice);
        StockMoves.TakeOut(data, invoice.BranchId, invoice.InvoiceDetails, now);
        order.Status = 3;
        return invoice;
    }

    private static PartnerDelivery Partner(JsonObject? given, PartnerDelivery current) =>
        given is null
            ? current
            : new PartnerDelivery(
                BodyFields.String(given, "code") ?? current.Code,
                BodyFields.String(given, "name") ?? current.Name,
                BodyFields.String(given, "address") ?? current.Address,
                BodyFields.String(given, "contactNumber") ?? current.ContactNumber,
                BodyFields.String(given, "email") ?? current.Email);
}
