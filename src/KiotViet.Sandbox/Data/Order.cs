namespace KiotViet.Sandbox.Data;

/// <summary>A customer order (retail /orders; F&amp;B orders also carry a uuid).</summary>
internal sealed class Order : SaleDocument
{
    public string? Uuid { get; init; }
    public string StatusValue => OrderStatus.Text(Status);
    public long? SaleChannelId { get; set; }

    /// <summary>The delivery a create or update gave it (orderDelivery); null when none.</summary>
    public OrderDelivery? OrderDelivery { get; set; }

    [System.Text.Json.Serialization.JsonIgnore]
    public List<SaleLine> OrderDetails { get; set; } = new();

    /// <summary>The lines as 2.5.x print them: a sale line and isMaster (the sandbox sells master units only).</summary>
    [System.Text.Json.Serialization.JsonPropertyName("orderDetails")]
    public IEnumerable<OrderLineRow> OrderDetailRows => OrderDetails.Select(l => new OrderLineRow(l.ProductId, l.ProductCode, l.ProductName, true, l.Quantity, l.Price, l.Discount, l.DiscountRatio, l.Note));

    /// <summary>The order discount as a percentage of the lines (2.5.2 prints discountRatio as a number).</summary>
    public double DiscountRatio
    {
        get
        {
            var lines = OrderDetails.Sum(l => (decimal)l.Quantity * l.Price - l.Discount);
            return lines == 0 || Discount == 0 ? 0 : (double)Math.Round(Discount * 100 / lines, 4);
        }
    }

    /// <summary>The order's VAT (January 2026 doc); the demo shop charges none, as its invoices.</summary>
    public decimal TotalTax { get; init; }

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

/// <summary>An order line as orderDetails prints it.</summary>
internal sealed record OrderLineRow(long ProductId, string ProductCode, string ProductName, bool IsMaster, double Quantity, decimal Price, decimal Discount, double DiscountRatio, string? Note);

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
