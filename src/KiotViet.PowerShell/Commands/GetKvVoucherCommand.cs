using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Gets vouchers, of every campaign or of one, streamed page by page.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "KvVoucher", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(Voucher))]
public sealed class GetKvVoucherCommand : KvListingCmdlet<Voucher, VoucherQuery>
{

    /// <summary>Only the vouchers of this campaign; campaigns piped from Get-KvVoucherCampaign bind by their Id.</summary>
    [Parameter(ParameterSetName = ListSet, ValueFromPipelineByPropertyName = true), Alias("Id", "VoucherCampaignId"), ValidateRange(1, long.MaxValue)]
    [ArgumentCompleter(typeof(VoucherCampaignCompleter))]
    public long CampaignId { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    [ValidateSet("NotReleased", "Released", "Used", "Cancelled")]
    public string? Status { get; set; }

    protected override string ItemsName => "vouchers";

    protected override object? ErrorTarget => Given(nameof(CampaignId), CampaignId);

    protected override VoucherQuery NewQuery() => new()
    {
        CampaignId = Given(nameof(CampaignId), CampaignId),
        Status = Status switch { "NotReleased" => VoucherStatus.NotReleased, "Released" => VoucherStatus.Released, "Used" => VoucherStatus.Used, "Cancelled" => VoucherStatus.Cancelled, _ => null },
    };
}
