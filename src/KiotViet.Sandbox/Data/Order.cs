namespace KiotViet.Sandbox.Data;

/// <summary>A customer order (retail /orders; F&amp;B orders also carry a uuid).</summary>
internal sealed class Order : SaleDocument
{
    public string? Uuid { get; init; }
    public string StatusValue => OrderStatus.Text(Status);
    public long? SaleChannelId { get; set; }

    /// <summary>The delivery a create or update gave it (orderDelivery); null when none.</summary>
    public OrderDelivery? OrderDelivery { get; set; }
    public List<SaleLine> OrderDetails { get; set; } = new();

    /// <summary>The surcharges a create gave it ("surchages"), shown as 2.5.2 prints them; null when none.</summary>
    public List<OrderSurchargeRow>? InvoiceOrderSurcharges { get; init; }
}

/// <summary>An order's delivery as 2.5.2 prints orderDelivery (no status and no COD: those are the invoice's).</summary>
internal sealed record OrderDelivery
{
    public string? DeliveryCode { get; init; }
    public int? Type { get; init; }
    public decimal? Price { get; init; }
    public string? Receiver { get; init; }
    public string? ContactNumber { get; init; }
    public string? Address { get; init; }
    public long? LocationId { get; init; }
    public string? LocationName { get; init; }
    public double? Weight { get; init; }
    public double? Length { get; init; }
    public double? Width { get; init; }
    public double? Height { get; init; }
    public long? PartnerDeliveryId { get; init; }
    public PartnerDelivery? PartnerDelivery { get; init; }
}

/// <summary>A surcharge on an order, as invoiceOrderSurcharges prints it.</summary>
internal sealed record OrderSurchargeRow(long Id, long? InvoiceId, long SurchargeId, string SurchargeName, decimal? SurValue, decimal Price, DateTime CreatedDate);

/// <summary>Order statuses. Only 1 = "Phiếu tạm" (draft) is attested; the other numbers are the likeliest mapping of the texts the WP plugin reads.</summary>
internal static class OrderStatus
{
    public const int Draft = 1;
    public const int Cancelled = 4;

    public static string Text(int status) => status switch
    {
        Draft => "Phiếu tạm",
        2 => "Đang giao hàng",
        3 => "Hoàn thành",
        Cancelled => "Đã hủy",
        5 => "Đang xử lý",
        _ => string.Empty,
    };
}
