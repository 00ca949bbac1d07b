using System;

namespace KiotViet;

/// <summary>One value of a product attribute.</summary>
public sealed class ProductAttributeValue
{
    public long AttributeId { get; set; }

    public string? Value { get; set; }

    public override string ToString() => Value ?? "";
}
