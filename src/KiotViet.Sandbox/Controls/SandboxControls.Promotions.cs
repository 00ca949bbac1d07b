namespace KiotViet.Sandbox;

/// <summary>A surcharge as stored in the sandbox, for tests that check what a run really wrote.</summary>
public sealed record SandboxSurcharge(long Id, string Code, string Name, decimal? Value, decimal? ValueRatio, bool IsActive);

/// <summary>A voucher as stored in the sandbox; Status 0 not released, 1 released, 2 used, 3 cancelled.</summary>
public sealed record SandboxVoucher(long Id, string Code, long CampaignId, int Status, DateTime? ReleaseDate);

/// <summary>A coupon as stored in the sandbox.</summary>
public sealed record SandboxCoupon(string Code, bool IsUsed);

public sealed partial class SandboxControls
{
    /// <summary>Every voucher now in the shop (copies).</summary>
    public IReadOnlyList<SandboxVoucher> Vouchers
    {
        get
        {
            var data = state.Data;
            lock (data.Sync)
            {
                return data.BackOffice.Vouchers.Select(v => new SandboxVoucher(v.Id, v.Code, v.VoucherCampaignId, v.Status, v.ReleaseDate)).ToList();
            }
        }
    }

    /// <summary>Every coupon now in the shop (copies).</summary>
    public IReadOnlyList<SandboxCoupon> Coupons
    {
        get
        {
            var data = state.Data;
            lock (data.Sync)
            {
                return data.BackOffice.Coupons.Select(c => new SandboxCoupon(c.Code, c.IsUsed)).ToList();
            }
        }
    }

    /// <summary>Every surcharge now in the shop (copies), active or not.</summary>
    public IReadOnlyList<SandboxSurcharge> Surcharges
    {
        get
        {
            var data = state.Data;
            lock (data.Sync)
            {
                return data.BackOffice.Surcharges.Select(s => new SandboxSurcharge(s.Id, s.SurchargeCode, s.SurchargeName, s.Value, s.ValueRatio, s.IsActive)).ToList();
            }
        }
    }
}
