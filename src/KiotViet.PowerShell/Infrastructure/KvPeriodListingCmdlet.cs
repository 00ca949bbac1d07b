using System;
using System.Management.Automation;

namespace KiotViet.Commands.Infrastructure;

/// <summary>A listing filtered by branches and a date range: adds -BranchId, -FromDate and -ToDate.</summary>
public abstract class KvPeriodListingCmdlet<TItem, TQuery> : KvListingCmdlet<TItem, TQuery>
    where TItem : class, IKiotVietEntity
    where TQuery : ListQuery<TItem>, IPeriodQuery, new()
{
    [Parameter(ParameterSetName = ListSet)]
    [ValidateRange(1, long.MaxValue)]
    [ArgumentCompleter(typeof(BranchCompleter))]
    public long[]? BranchId { get; set; }

    /// <summary>On or after this time (shop time when no time zone is given).</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ShopDateTransformation]
    [ValidateShopDate]
    public DateTime FromDate { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    [ShopDateTransformation]
    [ValidateShopDate]
    public DateTime ToDate { get; set; }

    /// <summary>The listing's own filters; the base adds the branches and the period.</summary>
    protected virtual TQuery NewPeriodQuery() => new();

    protected sealed override TQuery NewQuery()
    {
        var query = NewPeriodQuery();
        query.BranchIds = BranchId;
        query.FromDate = Given(nameof(FromDate), FromDate);
        query.ToDate = Given(nameof(ToDate), ToDate);
        return query;
    }
}
