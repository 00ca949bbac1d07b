using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Adds vouchers with the codes given to a voucher campaign: POST /voucher.</para>
/// </summary>
[Cmdlet(VerbsCommon.New, "KvVoucher", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Voucher))]
public sealed class NewKvVoucherCommand : VoucherWriteCmdlet
{
    private protected override string Activity => "Creating KiotViet vouchers";

    private protected override string WrittenAs => "created";

    private protected override string ResumeAdvice => "Run the same command again for the rows not created: a code already in use is refused by KiotViet, not created twice.";

    private protected override string? UnknownOutcomeAdvice(VoucherCampaign campaign, string code) =>
        $"KiotViet may have saved voucher {code}: look for it (Get-KvVoucher -CampaignId {campaign.Id}) before sending this row again.";

    private protected override (string Action, Func<CancellationToken, Task<Voucher?>> Send) Prepare(VoucherCampaign campaign, string code)
    {
        return ("Create KiotViet voucher", ct => Shop.Vouchers.CreateAsync(campaign.Id, code, PassThru, ct));
    }
}
