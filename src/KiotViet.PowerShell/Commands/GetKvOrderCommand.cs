using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Gets KiotViet orders (đặt hàng), streamed page by page.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "KvOrder", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(Order))]
public sealed class GetKvOrderCommand : SaleDocumentListCmdlet<Order, OrderQuery>
{
    private const string UuidSet = "Uuid";

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet), Alias("OrderId"), ValidateRange(1, long.MaxValue)]
    public long[]? Id { get; set; }

    /// <summary>Exact order code(s), e.g. DH000123.</summary>
    [Parameter(Mandatory = true, ParameterSetName = CodeSet), Alias("OrderCode"), ValidateNotNullOrEmpty]
    [ValidateShopText(TextLimits.Code)]
    public string[]? Code { get; set; }

    /// <summary>F&amp;B orders created through the API, by the uuid New-KvOrder returned.</summary>
    [Parameter(Mandatory = true, ParameterSetName = UuidSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ValidateShopText(TextLimits.Code)]
    public string[]? Uuid { get; set; }

    /// <summary>Draft, Completed, Cancelled (Phiếu tạm, Hoàn thành, Đã hủy) or status numbers; KiotViet does not list them all, so compare with Status and StatusValue of your orders.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [OrderStatusTransformation]
    [ArgumentCompleter(typeof(OrderStatusCompleter))]
    [ValidateRange(0, 100)]
    public int[]? Status { get; set; }

    protected override string ItemsName => "orders";

    protected override void WriteByKey()
    {
        WriteKeys(Id, Code, Shop.Orders.GetAsync, Shop.Orders.GetByCodeAsync);
        if (Uuid is not null)
        {
            WriteEach(Uuid, Shop.Orders.GetByUuidAsync, Emit);
        }
    }

    protected override OrderQuery NewDocumentQuery() => new() { Statuses = Status };
}
