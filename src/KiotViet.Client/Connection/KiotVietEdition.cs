namespace KiotViet;

/// <summary>The KiotViet product line a shop runs on. Each has its own API host, token endpoint and scope.</summary>
public enum KiotVietEdition
{
    /// <summary>Bán lẻ / bán buôn (retail and wholesale).</summary>
    Retail,

    /// <summary>Bar, coffee, restaurant (food and beverage).</summary>
    FnB,
}
