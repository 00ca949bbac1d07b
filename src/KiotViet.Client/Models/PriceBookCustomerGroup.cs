using System;

namespace KiotViet;

/// <summary>A customer group a price book applies to.</summary>
public sealed class PriceBookCustomerGroup
{
    public long CustomerGroupId { get; set; }

    public string? CustomerGroupName { get; set; }

    public override string ToString() => CustomerGroupName ?? CustomerGroupId.ToString();
}
