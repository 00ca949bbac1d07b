using System;
using KiotViet.Resources;

namespace KiotViet;

/// <summary>A trademark (thương hiệu) products can carry.</summary>
[ApiPath("trademark")]
public sealed class Trademark : IKiotVietEntity
{
    public long Id { get; set; }

    // 2.25.1 names the id tradeMarkId (no id).
    [System.Text.Json.Serialization.JsonInclude]
    [System.Text.Json.Serialization.JsonPropertyName("tradeMarkId")]
    internal long? TradeMarkIdJson { get => null; set => Id = value ?? Id; }

    public string? TradeMarkName { get; set; }

    public DateTimeOffset? CreatedDate { get; set; }

    public DateTimeOffset? ModifiedDate { get; set; }

    public override string ToString() => TradeMarkName ?? Id.ToString();
}
