namespace KiotViet.Sandbox.Data;

/// <summary>An invoice with every documented row field; payments and delivery are shown only when asked for.</summary>
internal sealed class Invoice : SaleDocument
{
    public long? OrderId { get; init; }
    public string? OrderCode { get; init; }
    public decimal TotalTax { get; init; }
    public string StatusValue => InvoiceStatus.Text(Status);
    public List<SaleLine> InvoiceDetails { get; set; } = new();
    public List<Payment> Payments { get; init; } = new();
    public InvoiceDelivery? InvoiceDelivery { get; set; }

    /// <summary>The sale channel a write gave it; printed only in the write's answer, as 2.12.3/2.12.4 print it.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public long? SaleChannelId { get; set; }
}

/// <summary>Invoice statuses as the doc lists them (1, 2, 3, 5).</summary>
internal static class InvoiceStatus
{
    public const int Completed = 1;
    public const int Cancelled = 2;
    public const int InProgress = 3;
    public const int Undeliverable = 5;

    public static string Text(int status) => status switch
    {
        Completed => "Hoàn thành",
        Cancelled => "Đã hủy",
        InProgress => "Đang xử lý",
        Undeliverable => "Không giao được",
        _ => string.Empty,
    };
}

/// <summary>Payment statuses, as the cash book's (0 paid, 1 cancelled).</summary>
internal static class PaymentStatus
{
    public const int Paid = 0;
    public const int Cancelled = 1;

    public static string Text(int status) => status == Cancelled ? "Đã hủy" : "Đã thanh toán";
}

/// <summary>A line of an invoice or order.</summary>
internal sealed record SaleLine(long ProductId, string ProductCode, string ProductName, double Quantity, decimal Price, decimal Discount, double DiscountRatio, string? Note);

internal sealed record Payment(long Id, string Code, decimal Amount, string Method, int Status, string StatusValue, DateTime TransDate, long? AccountId);

internal sealed record InvoiceDelivery(
    string DeliveryCode,
    int Type,
    int Status,
    string StatusValue,
    decimal Price,
    string Receiver,
    string ContactNumber,
    string Address,
    long LocationId,
    string LocationName,
    bool UsingPriceCod,
    decimal PriceCodPayment,
    double Weight,
    double Length,
    double Width,
    double Height,
    long PartnerDeliveryId,
    PartnerDelivery PartnerDelivery);

internal sealed record PartnerDelivery(string Code, string Name, string Address, string ContactNumber, string Email);
