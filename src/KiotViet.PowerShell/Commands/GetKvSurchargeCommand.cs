using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Gets the surcharges (thu khác) of the shop.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "KvSurcharge", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(Surcharge))]
public sealed class GetKvSurchargeCommand : KvNamedListingCmdlet<Surcharge, SurchargeQuery>
{

    /// <summary>Only the surcharges of this branch (and those of every branch).</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateRange(1, long.MaxValue)]
    [ArgumentCompleter(typeof(BranchCompleter))]
    public long BranchId { get; set; }

    protected override SurchargeQuery NewQuery() => new() { BranchId = Given(nameof(BranchId), BranchId) };

    protected override string ItemsName => "surcharges";

    protected override string? NameOf(Surcharge item) => item.SurchargeName;
}
