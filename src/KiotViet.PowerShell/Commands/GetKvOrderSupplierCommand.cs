using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Gets orders to suppliers (đặt hàng nhập), streamed page by page.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "KvOrderSupplier", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(OrderSupplier))]
public sealed class GetKvOrderSupplierCommand : StockDocumentListCmdlet<OrderSupplier, OrderSupplierQuery>
{

    protected override string ItemsName => "supplier orders";
}
