using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Stops surcharges (ngừng hoạt động thu khác): POST /surchages/{id}/activesurchage with isActive false.</para>
/// </summary>
[Cmdlet(VerbsLifecycle.Disable, "KvSurcharge", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Surcharge))]
public sealed class DisableKvSurchargeCommand : SurchargeWriteCmdlet
{
    private protected override string Activity => "Deactivating KiotViet surcharges";

    private protected override string WrittenAs => "deactivated";

    private protected override string ResumeAdvice => StateResumeAdvice;

    protected override void Process() => WriteState(active: false);
}

/// <summary>
/// <para type="synopsis">Puts stopped surcharges back in use: POST /surchages/{id}/activesurchage with isActive true.</para>
/// </summary>
[Cmdlet(VerbsLifecycle.Enable, "KvSurcharge", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Surcharge))]
public sealed class EnableKvSurchargeCommand : SurchargeWriteCmdlet
{
    private protected override string Activity => "Activating KiotViet surcharges";

    private protected override string WrittenAs => "activated";

    private protected override string ResumeAdvice => StateResumeAdvice;

    protected override void Process() => WriteState(active: true);
}
