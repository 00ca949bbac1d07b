using System;
using System.Collections.Generic;
using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Changes surcharges (thu khác): name, code, amount (PUT /surchages/{id}).</para>
/// </summary>
[Cmdlet(VerbsCommon.Set, "KvSurcharge", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Surcharge))]
public sealed class SetKvSurchargeCommand : SurchargeWriteCmdlet
{
    /// <summary>The new name; binds from the SurchargeName column of a CSV exported by Get-KvSurcharge.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("SurchargeName")]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Name)]
    public string? Name { get; set; }

    /// <summary>The new code, for a surcharge named by -Code (one named by -Id takes a differing -Code as its new code).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Code)]
    public string? NewCode { get; set; }

    /// <summary>The new amount; an empty CSV cell keeps it.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("Amount")]
    [ShopNumberTransformation]
    public decimal? Value { get; set; }

    private protected override string Activity => "Updating KiotViet surcharges";

    private protected override string WrittenAs => "updated";

    private protected override string ResumeAdvice => "Run the same command again: a surcharge already as asked is left alone.";

    protected override void Process()
    {
        if (!TryFindSurcharge("updated", out var current))
        {
            return;
        }

        var value = Given(nameof(Value)) ? Value : null;
        if (value is < 0)
        {
            RefusedBeforeSending(ErrorRecords.InvalidInput("KiotVietInvalidSurcharge", $"Surcharge {current.SurchargeCode} was not updated: Value {value} is negative.", ErrorTarget));
            return;
        }

        var newCode = Given(nameof(NewCode)) && !string.IsNullOrWhiteSpace(NewCode) ? NewCode!.Trim() : (Id is not null ? GivenCode : null);
        var name = Given(nameof(Name)) && !string.IsNullOrWhiteSpace(Name) ? Name!.Trim() : null;
        var changes = new SurchargeDraft
        {
            Name = Differs(name, current.SurchargeName) ? name : null,
            Code = Differs(newCode, current.SurchargeCode) ? newCode : null,
            Value = value is { } v && v != current.Value ? v : null,
        };
        var fields = new List<string>();
        if (changes.Name is not null)
        {
            fields.Add($"name '{changes.Name}'");
        }

        if (changes.Code is not null)
        {
            fields.Add($"code {changes.Code}");
        }

        if (changes.Value is { } amount)
        {
            fields.Add($"value {amount:N0}");
        }

        if (fields.Count == 0)
        {
            if (name is null && newCode is null && value is null)
            {
                RefusedBeforeSending(ErrorRecords.InvalidInput("KiotVietNoSurchargeChanges", $"Nothing to change for {Describe(current)}: give -Name, -NewCode or -Value.", ErrorTarget));
            }
            else
            {
                UnchangedInTurn($"{Describe(current)} already is as asked: nothing sent.", PassThru ? () => WriteObject(current) : null);
            }

            return;
        }

        if (!ShouldProcess(Describe(current), $"Update {string.Join(", ", fields)}"))
        {
            return;
        }

        Submit(ErrorTarget, ct => Shop.Surcharges.UpdateAsync(current, changes, ct), Written, conflictKeys: new[] { ConflictKey(current.Id) });
    }

    private static bool Differs(string? asked, string? now) =>
        asked is not null && !string.Equals(asked, now?.Trim(), StringComparison.Ordinal);
}
