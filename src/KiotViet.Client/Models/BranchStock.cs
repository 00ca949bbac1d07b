using System;

namespace KiotViet;

/// <summary>Stock of a product in one branch.</summary>
public sealed class BranchStock
{
    public long BranchId { get; set; }

    public string? BranchName { get; set; }

    public decimal OnHand { get; set; }

    public decimal? Reserved { get; set; }

    public decimal? Cost { get; set; }

    public override string ToString() => $"{BranchName ?? BranchId.ToString()}: {OnHand:0.###}";
}
