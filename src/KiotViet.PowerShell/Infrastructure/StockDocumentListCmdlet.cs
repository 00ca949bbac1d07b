using System;
using System.Management.Automation;

namespace KiotViet.Commands.Infrastructure;

/// <summary>The filters purchases, transfers and supplier orders share: branches, statuses and a date range; reads by id.</summary>
public abstract class StockDocumentListCmdlet<TItem, TQuery> : KvListingCmdlet<TItem, TQuery>
    where TItem : class, IKiotVietEntity
    where TQuery : StockDocumentQuery<TItem>, new()
{
    /// <summary>The document id(s) to read.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true), ValidateRange(1, long.MaxValue)]
    public long[]? Id { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    [ValidateRange(1, long.MaxValue)]
    [ArgumentCompleter(typeof(BranchCompleter))]
    public long[]? BranchId { get; set; }

    /// <summary>Status numbers, as the Status property of the documents shows them.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateRange(0, 100)]
    public long[]? Status { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    [ShopDateTransformation]
    public DateTime FromDate { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    [ShopDateTransformation]
    public DateTime ToDate { get; set; }

    protected override void WriteByKey() => WriteKeys(Id);

    protected override TQuery NewQuery() => new()
    {
        BranchIds = BranchId,
        Statuses = Status,
        FromDate = Given(nameof(FromDate), FromDate),
        ToDate = Given(nameof(ToDate), ToDate),
    };
}
