using System;
using KiotViet.Resources;

namespace KiotViet;

/// <summary>A trademark (thương hiệu) products can carry.</summary>
[ApiPath("trademark")]
public sealed class Trademark : IKiotVietEntity
{
    public long Id { get; set; }

    public string? TradeMarkName { get; set; }

    public DateTimeOffset? CreatedDate { get; set; }

    public DateTimeOffset? ModifiedDate { get; set; }

    public override string ToString() => TradeMarkName ?? Id.ToString();
}
