using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Gets stock transfers (chuyển hàng) between branches, streamed page by page.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "KvTransfer", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(Transfer))]
public sealed class GetKvTransferCommand : StockDocumentListCmdlet<Transfer, TransferQuery>
{

    protected override string ItemsName => "transfers";
}
