namespace KiotViet;

/// <summary>Invoice status codes as KiotViet documents them (1, 2, 3, 5; there is no 4).</summary>
public enum InvoiceStatus
{
    /// <summary>Hoàn thành.</summary>
    Completed = 1,

    /// <summary>Đã hủy.</summary>
    Cancelled = 2,

    /// <summary>Đang xử lý.</summary>
    InProgress = 3,

    /// <summary>Không giao được.</summary>
    Undeliverable = 5,
}
