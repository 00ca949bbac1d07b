using System;
using System.Management.Automation;

namespace KiotViet.Commands.Infrastructure;

/// <summary>
/// A listing whose endpoint filters by change time (lastModifiedFrom): adds -ModifiedSince and -SyncState, and
/// refuses what would make a sync run partial.
/// </summary>
public abstract class KvTrackedListingCmdlet<TItem, TQuery> : KvListingCmdlet<TItem, TQuery>
    where TItem : class, ITrackedEntity
    where TQuery : ListQuery<TItem>, new()
{
    /// <summary>Only items changed at or after this time (shop time when the date has no time zone).</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ShopDateTransformation]
    [ValidateShopDate]
    public DateTime ModifiedSince { get; set; }

    /// <summary>
    /// A state file that carries an incremental sync from one run to the next: the first run reads everything, each
    /// later run only what changed since. The run records its progress in it as it goes, so a run started again after
    /// Ctrl+C, an error or a kill goes on where the last one stopped; a lock file beside it refuses a second run at once.
    /// </summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateNotNullOrEmpty]
    public string? SyncState { get; set; }

    protected override void Begin()
    {
        if (MyInvocation.BoundParameters.ContainsKey(nameof(SyncState)))
        {
            IncrementalSync.RequireCompatible(this);
        }

        base.Begin();
    }

    private protected override IncrementalSync? Track(TQuery query)
    {
        var sync = IncrementalSync.Open(this, SyncState, typeof(TItem).Name, Shop.Retailer);
        query.ModifiedSince = sync is not null ? sync.ModifiedSince : Given(nameof(ModifiedSince), ModifiedSince);
        return sync;
    }
}
