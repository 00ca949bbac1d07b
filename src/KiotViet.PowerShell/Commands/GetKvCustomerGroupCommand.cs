using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Gets the shop's customer groups (nhóm khách hàng).</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "KvCustomerGroup", DefaultParameterSetName = ListSet)]
[OutputType(typeof(CustomerGroup))]
public sealed class GetKvCustomerGroupCommand : KvListingCmdlet<CustomerGroup, CustomerGroupQuery>
{
    /// <summary>Only groups whose name matches this wildcard pattern.</summary>
    [Parameter(Position = 0), SupportsWildcards, ValidateNotNullOrEmpty]
    [ValidateShopText(TextLimits.Name)]
    public string? Name { get; set; }

    protected override string ItemsName => "customer groups";

    protected override object? ErrorTarget => Name;

    protected override bool Includes(CustomerGroup group) => NameFilter.Matches(Name, group.Name);
}
