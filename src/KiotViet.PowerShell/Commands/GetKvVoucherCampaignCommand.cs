using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Gets the voucher campaigns (đợt phát hành voucher) of the shop.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "KvVoucherCampaign", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(VoucherCampaign))]
public sealed class GetKvVoucherCampaignCommand : KvNamedListingCmdlet<VoucherCampaign, VoucherCampaignQuery>
{
    protected override string ItemsName => "voucher campaigns";

    protected override string? NameOf(VoucherCampaign item) => item.Name;

    // GET /vouchercampaign is documented without paging.
    protected override bool ApiPages => false;
}
