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
    }

    /// <summary>The value when the parameter was given, else null (value types cannot say "not given").</summary>
    protected T? Given<T>(string parameter, T value)
        where T : struct =>
        MyInvocation.BoundParameters.ContainsKey(parameter) ? value : null;

    protected PageRequest Paging() => PagingRequest.From(PagingParameters, PageSize);
}
