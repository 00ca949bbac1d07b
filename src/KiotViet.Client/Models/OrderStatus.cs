namespace KiotViet;

/// <summary>
/// The order statuses attested in client code and webhook data (KiotViet does not enumerate them): other numbers
/// exist ("Đang xử lý", "Đang giao hàng") and are given as numbers, as an order's Status shows them.
/// </summary>
public enum OrderStatus
{
    /// <summary>Phiếu tạm.</summary>
    Draft = 1,

    /// <summary>Hoàn thành.</summary>
    Completed = 3,

    /// <summary>Đã hủy.</summary>
    Cancelled = 4,
}
