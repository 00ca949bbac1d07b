using System;
using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Gets the shop's branches (chi nhánh).</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "KvBranch", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(Branch), typeof(RemovedRecord))]
public sealed class GetKvBranchCommand : KvRemovableListingCmdlet<Branch, BranchQuery>
{
    /// <summary>Only branches whose name matches this wildcard pattern.</summary>
    [Parameter(Position = 0), SupportsWildcards, ValidateNotNullOrEmpty]
    [ValidateShopText(TextLimits.Name)]
    public string? Name { get; set; }

    protected override string ItemsName => "branches";

    protected override object? ErrorTarget => Name;

    protected override Func<Branch, bool>? FilterHere => Name is null ? null : branch => NameFilter.Matches(Name, branch.BranchName);
}
