using System;
using KiotViet.Resources;

namespace KiotViet;

/// <summary>A voucher of a campaign: its code, status and dates.</summary>
[ApiPath("voucher")]
public sealed class Voucher : IKiotVietEntity
{
    public long Id { get; set; }

    public string? Code { get; set; }

    public long? VoucherCampaignId { get; set; }

    /// <summary>1 not released, 2 released, 3 used, 4 cancelled.</summary>
    public int? Status { get; set; }

    public DateTimeOffset? ReleaseDate { get; set; }

    public DateTimeOffset? ExpireDate { get; set; }

    public DateTimeOffset? UsedDate { get; set; }

    public decimal? Price { get; set; }

    public override string ToString() => Code ?? Id.ToString();
}
