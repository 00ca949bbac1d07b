using System;
using System.Management.Automation;

namespace KiotViet.Commands.Infrastructure;

/// <summary>The parameters every paged listing shares: -PageSize, -Descending, -SyncState.</summary>
public abstract class KvListCmdlet : KvConnectedCmdlet
{
    protected const string ListSet = "List";

    /// <summary>
    /// A state file that carries an incremental sync from one run to the next: the first run reads everything, each
    /// later run only what changed since. Updated only when a run completes, so an interrupted run is simply repeated.
    /// </summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateNotNullOrEmpty]
    public string? SyncState { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    public SwitchParameter Descending { get; set; }

    /// <summary>Rows per request, 1 to 100 (the API's maximum, and the default).</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateRange(1, PageRequest.MaxPageSize)]
    public int PageSize { get; set; } = PageRequest.MaxPageSize;

    /// <summary>Checks what spans the whole run before anything is sent: -Skip, date ranges, filters that can only return nothing.</summary>
    protected override void Begin()
    {
        base.Begin();
        ParameterRules.RequireSendableSkip(this, PagingParameters);
        ParameterRules.RequireOrdered(this, "ModifiedSince", "ModifiedUntil");
        ParameterRules.RequireOrdered(this, "FromPurchaseDate", "ToPurchaseDate");
        ParameterRules.WarnIfInFuture(this, "ModifiedSince");
        WarnIfUnknown("GroupId", "customer group", ct => Shop.Lookups.CustomerGroupsAsync(ct), g => g.Id);
        WarnIfUnknown("BranchId", "branch", ct => Shop.Lookups.BranchesAsync(ct), b => b.Id);
    }

    /// <summary>An id filter that names nothing in the shop can only return nothing: worth a warning, not silence.</summary>
    private void WarnIfUnknown<T>(string parameter, string what, Func<System.Threading.CancellationToken, System.Threading.Tasks.Task<System.Collections.Generic.IReadOnlyList<T>>> lookup, Func<T, long> idOf)
    {
        if (!MyInvocation.BoundParameters.TryGetValue(parameter, out var given))
        {
            return;
        }

        var ids = (given is PSObject wrapped ? wrapped.BaseObject : given) switch
        {
            long one => new[] { one },
            long[] many => many,
            _ => Array.Empty<long>(),
        };
        try
        {
            var known = new System.Collections.Generic.HashSet<long>(System.Linq.Enumerable.Select(Await(lookup), idOf));
            foreach (var id in ids)
            {
                if (!known.Contains(id))
                {
                    WriteWarning($"No {what} has id {id} (-{parameter}); the shop has {known.Count}. Nothing can match it; see Get-Kv{(what == "branch" ? "Branch" : "CustomerGroup")}.");
                }
            }
        }
        catch (KiotVietApiException ex)
        {
            WriteVerbose($"Could not check -{parameter} against the shop's {what} list: {ex.Message}");
        }
    }

    /// <summary>The value when the parameter was given, else null (value types cannot say "not given").</summary>
    protected T? Given<T>(string parameter, T value)
        where T : struct =>
        MyInvocation.BoundParameters.ContainsKey(parameter) ? value : null;

    protected PageRequest Paging() => PagingRequest.From(PagingParameters, PageSize);
}
