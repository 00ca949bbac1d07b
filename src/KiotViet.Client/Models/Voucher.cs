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

    /// <summary>As 2.24.2 documents it: 0 not released, 1 released, 2 used, 3 cancelled (see <see cref="VoucherStatus"/>).</summary>
    public int? Status { get; set; }

    public DateTimeOffset? ReleaseDate { get; set; }

    public DateTimeOffset? ExpireDate { get; set; }

    public DateTimeOffset? UsedDate { get; set; }

    public decimal? Price { get; set; }

    /// <summary>0 given, 1 sold.</summary>
    public int? SellType { get; set; }

    /// <summary>Who received it: U employee, C customer, S supplier, O other, D delivery partner.</summary>
    public string? PartnerType { get; set; }

    public long? PartnerId { get; set; }

    public string? PartnerName { get; set; }

    public DateTimeOffset? CreatedDate { get; set; }

    public DateTimeOffset? ModifiedDate { get; set; }

    public override string ToString() => Code ?? Id.ToString();
}

/// <summary>Voucher statuses as 2.24.2 documents them.</summary>
public static class VoucherStatus
{
    public const int NotReleased = 0;
    public const int Released = 1;
    public const int Used = 2;
    public const int Cancelled = 3;
}
