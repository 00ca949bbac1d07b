using System;
using System.Text.Json.Serialization;
using KiotViet.Resources;

namespace KiotViet;

/// <summary>A surcharge (thu khác), e.g. a delivery or service fee.</summary>
[ApiPath("surchages")]
public sealed class Surcharge : IKiotVietEntity
{
    public long Id { get; set; }

    public string? SurchargeCode { get; set; }

    public string? SurchargeName { get; set; }

    /// <summary>A fixed amount, when not a ratio.</summary>
    public decimal? Value { get; set; }

    /// <summary>A percentage of the invoice, when not a fixed amount.</summary>
    public decimal? ValueRatio { get; set; }

    public bool? IsActive { get; set; }

    /// <summary>Added to every invoice automatically.</summary>
    public bool? IsAuto { get; set; }

    public bool? IsReturnAuto { get; set; }

    public long? RetailerId { get; set; }

    /// <summary>When it was created (the doc spells it createDate; createdDate is read too).</summary>
    public DateTimeOffset? CreatedDate { get; set; }

    public DateTimeOffset? ModifiedDate { get; set; }

    [JsonInclude]
    [JsonPropertyName("createDate")]
    internal DateTimeOffset? CreateDate
    {
        get => null;
        set => CreatedDate ??= value;
    }

    public override string ToString() => SurchargeName ?? SurchargeCode ?? Id.ToString();
}
