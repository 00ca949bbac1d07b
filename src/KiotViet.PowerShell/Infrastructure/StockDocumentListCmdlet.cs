using System.Management.Automation;

namespace KiotViet.Commands.Infrastructure;

/// <summary>What purchases, transfers and supplier orders share: branches and a date range, statuses, reads by id.</summary>
public abstract class StockDocumentListCmdlet<TItem, TQuery> : KvPeriodListingCmdlet<TItem, TQuery>
    where TItem : class, IKiotVietEntity
    where TQuery : StockDocumentQuery<TItem>, new()
{
    /// <summary>The document id(s) to read.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true), ValidateRange(1, long.MaxValue)]
    public long[]? Id { get; set; }

    /// <summary>Status numbers, as the Status property of the documents shows them.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateRange(0, 100)]
    public long[]? Status { get; set; }

    protected override void WriteByKey() => WriteKeys(Id);

    protected override TQuery NewPeriodQuery() => new() { Statuses = Status };
}
