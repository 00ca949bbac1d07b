using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Stops surcharges (ngừng hoạt động thu khác): POST /surchages/{id}/activesurchage with isActive false.</para>
/// </summary>
[Cmdlet(VerbsLifecycle.Disable, "KvSurcharge", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Surcharge))]
public sealed class DisableKvSurchargeCommand : SurchargeStateCmdlet
{
    private protected override bool Active => false;
}

/// <summary>
/// <para type="synopsis">Puts stopped surcharges back in use: POST /surchages/{id}/activesurchage with isActive true.</para>
/// </summary>
[Cmdlet(VerbsLifecycle.Enable, "KvSurcharge", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Surcharge))]
public sealed class EnableKvSurchargeCommand : SurchargeStateCmdlet
{
    private protected override bool Active => true;
}

/// <summary>Enable- and Disable-KvSurcharge: one documented operation, the state asked for its only field.</summary>
public abstract class SurchargeStateCmdlet : SurchargeWriteCmdlet
{
    private protected abstract bool Active { get; }

    private string Verb => Active ? "activated" : "deactivated";

    private protected override string Activity => Active ? "Activating KiotViet surcharges" : "Deactivating KiotViet surcharges";

    private protected override string WrittenAs => Verb;

    private protected override string ResumeAdvice => "Run the same command again: a surcharge already in that state is left alone.";

    protected override void Process()
    {
        if (!TryFindSurcharge(Verb, out var current, unlistedById: Active))
        {
            return;
        }

        if (Id is not null && GivenCode is { } code && !string.Equals(code, current.SurchargeCode?.Trim(), System.StringComparison.OrdinalIgnoreCase))
        {
            RefusedBeforeSending(ErrorRecords.InvalidInput("KiotVietSurchargeNotNamed", $"Surcharge id {current.Id} was not {Verb}: its code is {current.SurchargeCode}, not {code}.", ErrorTarget));
            return;
        }

        if (current.IsActive == Active)
        {
            UnchangedInTurn($"{Describe(current)} already is {(Active ? "active" : "inactive")}: nothing sent.", PassThru ? () => WriteObject(current) : null);
            return;
        }

        if (!ShouldProcess(Describe(current), Active ? "Activate KiotViet surcharge" : "Deactivate KiotViet surcharge"))
        {
            return;
        }

        Submit(ErrorTarget, ct => Shop.Surcharges.SetActiveAsync(current, Active, ct), Written, conflictKeys: new[] { ConflictKey(current.Id) });
    }
}
