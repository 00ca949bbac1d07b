using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Gets purchases (nhập hàng) from suppliers, streamed page by page.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "KvPurchaseOrder", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(PurchaseOrder))]
public sealed class GetKvPurchaseOrderCommand : StockDocumentListCmdlet<PurchaseOrder, PurchaseOrderQuery>
{

    protected override string ItemsName => "purchase orders";
}
