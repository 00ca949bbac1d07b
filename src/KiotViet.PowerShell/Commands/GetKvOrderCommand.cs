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
public sealed class GetKvOrderCommand : KvConnectedCmdlet
{
    private const string ListSet = "List";
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
    public string[]? Code { get; set; }

    /// <summary>F&amp;B orders created through the API, by the uuid New-KvOrder returned.</summary>
    [Parameter(Mandatory = true, ParameterSetName = UuidSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[]? Uuid { get; set; }

    /// <summary>Orders of these customers; customers piped from Get-KvCustomer bind here.</summary>
    [Parameter(ParameterSetName = ListSet, ValueFromPipeline = true)]
    public Customer[]? Customer { get; set; }

    [Parameter(ParameterSetName = ListSet, ValueFromPipelineByPropertyName = true)]
    [ValidateRange(1, long.MaxValue)]
    public long[]? CustomerId { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    [ValidateNotNullOrEmpty]
    public string? CustomerCode { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    [ValidateRange(1, long.MaxValue)]
    [ArgumentCompleter(typeof(BranchCompleter))]
    public long[]? BranchId { get; set; }

    /// <summary>Status numbers; KiotViet does not document them, so compare with StatusValue of your orders.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateRange(0, 100)]
    public int[]? Status { get; set; }

    /// <summary>Changed at or after this time.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ShopDateTransformation]
    public DateTime ModifiedSince { get; set; }

    /// <summary>Changed at or before this time.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ShopDateTransformation]
    public DateTime ModifiedUntil { get; set; }

    /// <summary>A state file carrying an incremental sync from one run to the next; updated only when a run completes.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateNotNullOrEmpty]
    public string? SyncState { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    [ValidateSet("Id", "Code", "PurchaseDate", "CreatedDate", "ModifiedDate")]
    public string? OrderBy { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    public SwitchParameter Descending { get; set; }

    /// <summary>Rows per request, 1 to 100 (the API's maximum, and the default).</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateRange(1, PageRequest.MaxPageSize)]
    public int PageSize { get; set; } = PageRequest.MaxPageSize;

    protected override void ProcessRecord()
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
        var customerIds = (CustomerId ?? Array.Empty<long>()).Concat(Customer?.Select(c => c.Id) ?? Enumerable.Empty<long>()).Distinct().ToList();
        var sync = IncrementalSync.Open(this, SyncState, "Order", Shop.Retailer);
        var query = new OrderQuery
        {
            CustomerIds = customerIds.Count > 0 ? customerIds : null,
            CustomerCode = CustomerCode,
            BranchIds = BranchId,
            Statuses = Status,
            ModifiedSince = sync is not null ? sync.ModifiedSince : MyInvocation.BoundParameters.ContainsKey(nameof(ModifiedSince)) ? ModifiedSince : null,
            ModifiedUntil = MyInvocation.BoundParameters.ContainsKey(nameof(ModifiedUntil)) ? ModifiedUntil : null,
            OrderBy = OrderBy,
            Descending = Descending,
        };
        WriteListing(
            () => Shop.Orders.List(query, PagingRequest.From(PagingParameters, PageSize), CancellationToken),
            "Reading KiotViet orders",
            sync,
            null,
            WriteObject,
            customerIds.FirstOrDefault());
    }
}
