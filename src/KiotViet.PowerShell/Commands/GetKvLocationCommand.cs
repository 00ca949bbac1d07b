using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Gets the areas (tỉnh/thành - quận/huyện) KiotViet uses in addresses.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "KvLocation", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(Location))]
public sealed class GetKvLocationCommand : KvNamedListingCmdlet<Location, LocationQuery>
{

    protected override string ItemsName => "locations";

    protected override string? NameOf(Location item) => item.Name;
}
