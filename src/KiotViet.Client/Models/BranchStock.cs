namespace KiotViet;

/// <summary>Stock of a product in one branch, as GET /productOnHands (2.4.9) prints it: by branch id, no name or cost.</summary>
public sealed class BranchStock
{
    public long BranchId { get; set; }

    /// <summary>On hand (2.4.9 spells it onhand; read either way).</summary>
    public decimal OnHand { get; set; }

    public decimal? Reserved { get; set; }

    public override string ToString() => $"{BranchId}: {OnHand:0.###}";
}
