using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Gets the trademarks (thương hiệu) of the shop.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "KvTrademark", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(Trademark))]
public sealed class GetKvTrademarkCommand : KvNamedListingCmdlet<Trademark, TrademarkQuery>
{

    protected override string ItemsName => "trademarks";

    protected override string? NameOf(Trademark item) => item.TradeMarkName;
}
