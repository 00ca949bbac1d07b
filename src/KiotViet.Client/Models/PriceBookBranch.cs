using System;

namespace KiotViet;

/// <summary>A branch a price book applies to.</summary>
public sealed class PriceBookBranch
{
    public long BranchId { get; set; }

    public string? BranchName { get; set; }

    public override string ToString() => BranchName ?? BranchId.ToString();
}
