using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Gets the shop's settings (thiết lập cửa hàng), one object per setting.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "KvSetting", SupportsPaging = true)]
[OutputType(typeof(ShopSetting))]
public sealed class GetKvSettingCommand : KvOneRequestListCmdlet<ShopSetting>
{
    protected override Task<IReadOnlyList<ShopSetting>> ReadAsync(CancellationToken cancellationToken) => Shop.Reads.GetSettingsAsync(cancellationToken);

    protected override string? NameOf(ShopSetting setting) => setting.Name;
}
