using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Creates surcharges (thu khác), e.g. a delivery fee: POST /surchages.</para>
/// </summary>
[Cmdlet(VerbsCommon.New, "KvSurcharge", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Surcharge))]
public sealed class NewKvSurchargeCommand : KvWriteCmdlet
{
    /// <summary>The pipeline input as it came (a CSV row, a record), kept as the target of any error.</summary>
    [Parameter(ValueFromPipeline = true, DontShow = true)]
    public override PSObject? InputObject { get; set; }

    private protected override System.Type? RecordType => typeof(Surcharge);

    /// <summary>The surcharge's name (tên thu khác).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("SurchargeName")]
    [ValidateGiven]
    [ValidateShopText(TextLimits.Name)]
    [AllowEmptyString]
    public string? Name { get; set; }

    /// <summary>The surcharge's code (mã thu khác); KiotViet generates one (THK…) when none is given.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("SurchargeCode")]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Code)]
    public string? Code { get; set; }

    /// <summary>The amount (giá trị), in the session's number format or as a number.</summary>
    [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("Amount")]
    [ShopNumberTransformation]
    public decimal? Value { get; set; }

    private protected override object? RowLabel => (object?)Code ?? Name;

    private protected override string Activity => "Creating KiotViet surcharges";

    private protected override string WrittenAs => "created";

    private protected override string ResumeAdvice => "Run the same command again for the rows not created: a code already used is refused by KiotViet, not created twice.";

    protected override void Process()
    {
        var name = Name!.Trim();
        var code = string.IsNullOrWhiteSpace(Code) ? null : Code!.Trim();
        if (Value is < 0)
        {
            RefusedBeforeSending(ErrorRecords.InvalidInput("KiotVietInvalidSurcharge", $"Surcharge '{name}' was not sent: Value {Value} is negative.", ErrorTarget));
            return;
        }

        var label = code is null ? $"'{name}'" : $"{code} '{name}'";
        if (!ShouldProcess($"surcharge {label}" + (Value is { } v ? $" of {v:N0}" : ""), "Create KiotViet surcharge"))
        {
            return;
        }

        var draft = new SurchargeDraft { Name = name, Code = code, Value = Value };
        var advice = $"KiotViet may have saved surcharge {label}: look for it (Get-KvSurcharge) before sending this row again.";
        Submit(ErrorTarget, ct => Shop.Surcharges.CreateAsync(draft, ct), WriteObject, advice, conflictKeys: code is null ? null : new[] { "surcharge-code:" + code.ToUpperInvariant() });
    }
}
