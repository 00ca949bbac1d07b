using System;
using System.Linq;
using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Gets KiotViet orders (đặt hàng), streamed page by page.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "KvOrder", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(Order))]
public sealed class GetKvOrderCommand : SaleDocumentListCmdlet
{
    private const string IdSet = "Id";
    private const string CodeSet = "Code";
    private const string UuidSet = "Uuid";

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet)]
    [Alias("OrderId")]
    [ValidateRange(1, long.MaxValue)]
    public long[]? Id { get; set; }

    /// <summary>Exact order code(s), e.g. DH000123.</summary>
    [Parameter(Mandatory = true, ParameterSetName = CodeSet)]
    [Alias("OrderCode")]
    [ValidateNotNullOrEmpty]
    [ValidateShopText(TextLimits.Code)]
    public string[]? Code { get; set; }

    /// <summary>F&amp;B orders created through the API, by the uuid New-KvOrder returned.</summary>
    [Parameter(Mandatory = true, ParameterSetName = UuidSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ValidateShopText(TextLimits.Code)]
    public string[]? Uuid { get; set; }

    /// <summary>Status numbers; KiotViet does not document them, so compare with StatusValue of your orders.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateRange(0, 100)]
    public int[]? Status { get; set; }

    protected override void Process()
    {
        switch (ParameterSetName)
        {
            case IdSet:
                WriteEach(Id!, Shop.Orders.GetAsync, WriteObject);
                break;
            case CodeSet:
                WriteEach(Code!, Shop.Orders.GetByCodeAsync, WriteObject);
                break;
            case UuidSet:
                WriteEach(Uuid!, Shop.Orders.GetByUuidAsync, WriteObject);
                break;
            default:
                WriteOrders();
                break;
        }
    }

    private void WriteOrders()
    {
        var customerIds = SelectedCustomerIds();
        var sync = IncrementalSync.Open(this, SyncState, "Order", Shop.Retailer);
        var query = new OrderQuery
        {
            CustomerIds = customerIds,
            CustomerCode = CustomerCode,
            BranchIds = BranchId,
            Statuses = Status,
            ModifiedSince = sync is not null ? sync.ModifiedSince : Given(nameof(ModifiedSince), ModifiedSince),
            ModifiedUntil = Given(nameof(ModifiedUntil), ModifiedUntil),
            OrderBy = OrderBy,
            Descending = Descending,
        };
        WriteListing(
            () => Shop.Orders.List(query, Paging(), CancellationToken),
            "Reading KiotViet orders",
            sync,
            null,
            WriteObject,
            customerIds?.FirstOrDefault());
    }
}
