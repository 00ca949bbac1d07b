using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Cancels vouchers not yet released (hủy voucher): POST /voucher/cancel.</para>
/// </summary>
[Cmdlet(VerbsCommon.Remove, "KvVoucher", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(Voucher))]
public sealed class RemoveKvVoucherCommand : VoucherWriteCmdlet
{
    private protected override string Activity => "Cancelling KiotViet vouchers";

    private protected override string WrittenAs => "cancelled";

    private protected override string ResumeAdvice => "Run the same command again: a voucher already cancelled is refused by KiotViet, not cancelled twice.";

    private protected override (string Action, Func<CancellationToken, Task<Voucher?>> Send) Prepare(VoucherCampaign campaign, string code)
    {
        return ("Cancel KiotViet voucher", ct => Shop.Vouchers.CancelAsync(campaign.Id, code, PassThru, ct));
    }
}
