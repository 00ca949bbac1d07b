using System.Management.Automation;

namespace KiotViet.Commands.Infrastructure;

/// <summary>A tracked listing whose endpoint also reports removed ids (includeRemoveIds): adds -IncludeRemoved.</summary>
public abstract class KvRemovableListingCmdlet<TItem, TQuery> : KvTrackedListingCmdlet<TItem, TQuery>
    where TItem : class, ITrackedEntity
    where TQuery : ListQuery<TItem>, new()
{
    /// <summary>Also emit a removal record for each item removed since -ModifiedSince (or since the last -SyncState run).</summary>
    [Parameter(ParameterSetName = ListSet)]
    public SwitchParameter IncludeRemoved { get; set; }

    protected override void Begin()
    {
        var bound = MyInvocation.BoundParameters;
        if (IncludeRemoved && !bound.ContainsKey(nameof(ModifiedSince)) && !bound.ContainsKey(nameof(SyncState)))
        {
            // The API reports deletions only relative to a time; silently returning none would mislead.
            ThrowTerminatingError(ErrorRecords.InvalidInput("KiotVietIncludeRemovedNeedsModifiedSince", "-IncludeRemoved reports deletions since -ModifiedSince; give -ModifiedSince too (or use -SyncState).", null));
        }

        base.Begin();
    }

    private protected override IncrementalSync? Track(TQuery query)
    {
        var sync = base.Track(query);
        query.IncludeRemoved = IncludeRemoved && query.ModifiedSince is not null;
        return sync;
    }
}
