using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;

namespace KiotViet.Commands.Infrastructure;

/// <summary>
/// What New-, Publish- and Remove-KvVoucher share: a voucher named by its code in a campaign given by id, code or
/// name (the campaign list read once per run), an active campaign checked before sending (KiotViet writes vouchers
/// only in one), one code per request.
/// </summary>
public abstract class VoucherWriteCmdlet : KvWriteCmdlet
{
    /// <summary>The pipeline input as it came (a CSV row, a record), kept as the target of any error.</summary>
    [Parameter(ValueFromPipeline = true, DontShow = true)]
    public override PSObject? InputObject { get; set; }

    private protected override Type? RecordType => typeof(Voucher);

    private List<VoucherCampaign>? campaigns;

    /// <summary>The voucher's code; binds from the Code column of a CSV and the Code of piped vouchers.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("VoucherCode")]
    [ValidateGiven]
    [ValidateShopText(TextLimits.Code)]
    [AllowEmptyString]
    public string? Code { get; set; }

    /// <summary>The campaign (đợt phát hành): its id, code or name; binds from the VoucherCampaignId of piped vouchers.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [Alias("CampaignId", "VoucherCampaignId", "CampaignCode", "CampaignName")]
    [ValidateGiven]
    [ArgumentCompleter(typeof(VoucherCampaignCompleter))]
    [AllowEmptyString]
    public string? Campaign { get; set; }

    /// <summary>Writes each voucher, as KiotViet then lists it, to the pipeline.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    private protected override object? RowLabel => Code;

    /// <summary>What to tell a user whose write's outcome is unknown; null: the general advice.</summary>
    private protected virtual string? UnknownOutcomeAdvice(VoucherCampaign campaign, string code) => null;

    /// <summary>The row's write in its campaign: what ShouldProcess calls it, and how to send it.</summary>
    private protected abstract (string Action, Func<CancellationToken, Task<Voucher?>> Send) Prepare(VoucherCampaign campaign, string code);

    protected override void Process()
    {
        var code = Code!.Trim();
        if (!TryFindCampaign(WrittenAs, out var campaign))
        {
            return;
        }

        var (action, send) = Prepare(campaign, code);
        if (!ShouldProcess($"voucher {code} of campaign {campaign.Code} '{campaign.Name}'", action))
        {
            return;
        }

        Submit(ErrorTarget, send, Written, UnknownOutcomeAdvice(campaign, code), conflictKeys: new[] { ConflictKey });
    }

    /// <summary>The conflict key of a voucher's writes: no two rows write the same code at once.</summary>
    private protected string ConflictKey => "voucher:" + Code!.Trim().ToUpperInvariant();

    /// <summary>The active campaign the row names; false, with the row refused, when it names none or one not active.</summary>
    private protected bool TryFindCampaign(string verb, out VoucherCampaign campaign)
    {
        campaign = null!;
        var all = ReadOncePerRun(ref campaigns, () => Await(ct => Shop.Vouchers.ListCampaignsAsync(ct)), "voucher campaigns");
        var text = Campaign!.Trim();
        var matches = long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) && all.FirstOrDefault(c => c.Id == id) is { } byId
            ? new List<VoucherCampaign> { byId }
            : all.Where(c => string.Equals(c.Code?.Trim(), text, StringComparison.OrdinalIgnoreCase)).ToList() is { Count: > 0 } byCode
                ? byCode
                : all.Where(c => string.Equals(c.Name?.Trim(), text, StringComparison.OrdinalIgnoreCase)).ToList();
        string? problem = matches.Count switch
        {
            0 => $"no voucher campaign has the id, code or name '{text}' (Get-KvVoucherCampaign lists them)",
            > 1 => $"{matches.Count} voucher campaigns are named '{text}': give its id or code",
            _ when matches[0].IsActive == false => $"campaign {matches[0].Code} '{matches[0].Name}' is not active, and KiotViet writes vouchers only in an active one",
            _ => null,
        };
        if (problem is not null)
        {
            RefusedBeforeSending(ErrorRecords.InvalidInput("KiotVietInvalidVoucherCampaign", $"Voucher {Code} was not {verb}: {problem}.", ErrorTarget));
            return false;
        }

        campaign = matches[0];
        return true;
    }

    /// <summary>Writes what a voucher write returned (read back with -PassThru).</summary>
    private protected void Written(Voucher? voucher)
    {
        if (PassThru && voucher is not null)
        {
            WriteObject(voucher);
        }
    }
}
