using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Gets the shop's customer groups (nhóm khách hàng).</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "KvCustomerGroup", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(CustomerGroup))]
public sealed class GetKvCustomerGroupCommand : KvNamedListingCmdlet<CustomerGroup, CustomerGroupQuery>
{
    protected override string ItemsName => "customer groups";

    protected override string? NameOf(CustomerGroup group) => group.Name;

    // GET /customers/group is documented without paging.
    protected override bool ApiPages => false;
}
