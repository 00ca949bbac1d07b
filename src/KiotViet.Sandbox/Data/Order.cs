using System.Text.Json.Serialization;

namespace KiotViet.Sandbox.Data;

/// <summary>A customer order (retail /orders; F&amp;B orders also carry a uuid).</summary>
internal sealed class Order
{
    public long Id { get; init; }
    public string? Uuid { get; init; }
    public string Code { get; init; } = string.Empty;
    public DateTime PurchaseDate { get; init; }
    public long BranchId { get; init; }
    public string BranchName { get; init; } = string.Empty;
    public long SoldById { get; init; }
    public string SoldByName { get; init; } = string.Empty;
    public long? CustomerId { get; init; }
    public string CustomerCode { get; init; } = string.Empty;
    public string CustomerName { get; init; } = string.Empty;
    public decimal Total { get; init; }
    public decimal TotalPayment { get; init; }
    public decimal Discount { get; init; }
    public int Status { get; init; }
    public string StatusValue => OrderStatus.Text(Status);
    public string? Description { get; init; }
    public bool UsingCod { get; init; }
    public long? SaleChannelId { get; init; }
    public long RetailerId { get; init; }
    public DateTime CreatedDate { get; init; }
    public DateTime? ModifiedDate { get; init; }
    public List<SaleLine> OrderDetails { get; init; } = new();

    [JsonIgnore]
    public DateTime LastChanged => ModifiedDate ?? CreatedDate;
}

/// <summary>Order statuses. Only 1 = "Phiếu tạm" (draft) is attested; the other numbers are the likeliest mapping of the texts the WP plugin reads.</summary>
internal static class OrderStatus
{
    public const int Draft = 1;

    public static string Text(int status) => status switch
    {
        Draft => "Phiếu tạm",
        2 => "Đang giao hàng",
        3 => "Hoàn thành",
        4 => "Đã hủy",
        5 => "Đang xử lý",
        _ => string.Empty,
    };
}
