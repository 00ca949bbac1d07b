using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Marks coupons used (Đã sử dụng): POST /coupons/setused.</para>
/// </summary>
[Cmdlet(VerbsOther.Use, "KvCoupon", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(string))]
public sealed class UseKvCouponCommand : KvWriteCmdlet
{
    /// <summary>The pipeline input as it came (a CSV row, a record), kept as the target of any error.</summary>
    [Parameter(ValueFromPipeline = true, DontShow = true)]
    public override PSObject? InputObject { get; set; }

    private protected override System.Type? RecordType => typeof(object);

    /// <summary>The coupon's code; binds from piped text and from a Code or CouponCode column.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("CouponCode")]
    [ValidateGiven]
    [ValidateShopText(TextLimits.Code)]
    [AllowEmptyString]
    public string? Code { get; set; }

    /// <summary>Writes the code of each coupon marked used to the pipeline.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    private protected override object? RowLabel => Code;

    private protected override string Activity => "Marking KiotViet coupons used";

    private protected override string WrittenAs => "marked used";

    private protected override string ResumeAdvice => "Run the same command again for the rows not marked: KiotViet refuses a coupon already used, it does not use it twice.";

    protected override void Process()
    {
        var code = Code!.Trim();
        if (!ShouldProcess($"coupon {code}", "Mark KiotViet coupon used"))
        {
            return;
        }

        Submit(ErrorTarget, ct => Shop.Vouchers.SetCouponUsedAsync(code, ct), message =>
        {
            WriteVerbose($"Coupon {code}: {message}");
            if (PassThru)
            {
                WriteObject(code);
            }
        }, conflictKeys: new[] { "coupon:" + code.ToUpperInvariant() });
    }
}
