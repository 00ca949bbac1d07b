using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Releases vouchers as gifts (phát hành voucher tặng): POST /voucher/release/give.</para>
/// </summary>
[Cmdlet(VerbsData.Publish, "KvVoucher", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Voucher))]
public sealed class PublishKvVoucherCommand : VoucherWriteCmdlet
{
    /// <summary>The release date; without it, now (KiotViet's clock). A date without a time is the shop's day.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ShopDateTransformation]
    public DateTime? ReleaseDate { get; set; }

    private protected override string Activity => "Releasing KiotViet vouchers";

    private protected override string WrittenAs => "released";

    private protected override string ResumeAdvice => "Run the same command again: a voucher already released is refused by KiotViet, not released twice.";

    private protected override (string Action, Func<CancellationToken, Task<Voucher?>> Send) Prepare(VoucherCampaign campaign, string code)
    {
        var date = Given(nameof(ReleaseDate)) && ReleaseDate is { } given ? VietnamTime.FromCaller(given) : Shop.Vouchers.ServerNow;
        return ($"Release KiotViet voucher on {date.ToOffset(VietnamTime.Offset):yyyy-MM-dd HH:mm}", ct => Shop.Vouchers.ReleaseAsync(campaign.Id, code, date, PassThru, ct));
    }
}
