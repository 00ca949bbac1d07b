using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Gets the sale channels (kênh bán) of the shop.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "KvSaleChannel", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(SaleChannel))]
public sealed class GetKvSaleChannelCommand : KvNamedListingCmdlet<SaleChannel, SaleChannelQuery>
{

    protected override string ItemsName => "sale channels";

    protected override string? NameOf(SaleChannel item) => item.Name;
}
