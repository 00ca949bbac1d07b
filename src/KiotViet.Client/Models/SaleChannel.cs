using System;
using KiotViet.Resources;

namespace KiotViet;

/// <summary>A sale channel (kênh bán): the shop, Facebook, Shopee...</summary>
[ApiPath("salechannel")]
public sealed class SaleChannel : IKiotVietEntity
{
    public long Id { get; set; }

    public string? Name { get; set; }

    public bool? IsActive { get; set; }

    public int? Position { get; set; }

    /// <summary>True for the built-in channels.</summary>
    public bool? IsNotDelete { get; set; }

    public DateTimeOffset? CreatedDate { get; set; }

    public override string ToString() => Name ?? Id.ToString();
}
