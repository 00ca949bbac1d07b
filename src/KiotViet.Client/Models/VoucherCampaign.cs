using System;
using KiotViet.Resources;

namespace KiotViet;

/// <summary>A voucher campaign (đợt phát hành voucher): value, validity and conditions.</summary>
[ApiPath("vouchercampaign")]
public sealed class VoucherCampaign : IKiotVietEntity
{
    public long Id { get; set; }

    public string? Code { get; set; }

    public string? Name { get; set; }

    public bool? IsActive { get; set; }

    public DateTimeOffset? StartDate { get; set; }

    public DateTimeOffset? EndDate { get; set; }

    /// <summary>The value of each voucher.</summary>
    public decimal? Price { get; set; }

    /// <summary>The least invoice total a voucher applies to.</summary>
    public decimal? PrereqPrice { get; set; }

    public int? Quantity { get; set; }

    public int? ExpireTime { get; set; }

    public bool? IsGlobal { get; set; }

    public bool? UseVoucherCombineInvoice { get; set; }

    public DateTimeOffset? CreatedDate { get; set; }

    public DateTimeOffset? ModifiedDate { get; set; }

    public override string ToString() => Code ?? Id.ToString();
}
