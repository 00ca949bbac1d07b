using System;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Paging;

namespace KiotViet.Commands.Infrastructure;

/// <summary>
/// The shape of every listing cmdlet: the list parameter set (-Descending, -PageSize and, where the cmdlet declares
/// SupportsPaging, -First/-Skip/-IncludeTotalCount pushed down into the requests), the query built from the
/// cmdlet's filters, streaming with progress, removal records, the sync state, and reads by key (the Id and Code
/// sets a cmdlet declares). A listing cmdlet is its parameters, its query and its model.
/// </summary>
public abstract class KvListingCmdlet<TItem, TQuery> : KvConnectedCmdlet
    where TItem : class, IKiotVietEntity
    where TQuery : ListQuery<TItem>, new()
{
    protected const string ListSet = "List";
    protected const string IdSet = "Id";
    protected const string CodeSet = "Code";

    /// <summary>Newest first (or in the reverse of -OrderBy).</summary>
    [Parameter(ParameterSetName = ListSet)]
    public SwitchParameter Descending { get; set; }

    /// <summary>Rows per request, 1 to 100 (the API's maximum, and the default).</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateRange(1, PageRequest.MaxPageSize)]
    public int PageSize { get; set; } = PageRequest.MaxPageSize;

    /// <summary>What is read, for the progress bar: "customers", "price books".</summary>
    protected abstract string ItemsName { get; }

    /// <summary>What a failed listing is reported against (the filter that chose it), if anything.</summary>
    protected virtual object? ErrorTarget => null;

    /// <summary>The query from this cmdlet's filters; the base adds the change window, removals and sort direction.</summary>
    protected virtual TQuery NewQuery() => new();

    /// <summary>A filter the API does not offer (a -Name wildcard) while it is in force, else null.</summary>
    protected virtual Func<TItem, bool>? FilterHere => null;

    /// <summary>False for a list KiotViet documents without paging.</summary>
    protected virtual bool ApiPages => true;

    /// <summary>Writes one item; a cmdlet may expand it (one row per line) or leave it out (a name filter).</summary>
    protected virtual void Emit(TItem item) => WriteObject(item);

    /// <summary>The Id, Code (and other key) sets; a cmdlet that declares them writes the items they name.</summary>
    protected virtual void WriteByKey() => WriteListing();

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

    protected override void Process()
    {
        if (ParameterSetName == ListSet)
        {
            WriteListing();
        }
        else
        {
            WriteByKey();
        }
    }

    /// <summary>Writes the items named by id and by code, each read on its own; a missing one is a per-key error.</summary>
    protected void WriteKeys(
        IEnumerable<long>? ids,
        IEnumerable<string>? codes = null,
        Func<long, CancellationToken, Task<TItem>>? byId = null,
        Func<string, CancellationToken, Task<TItem>>? byCode = null)
    {
        if (ids is not null)
        {
            WriteEach(ids, byId ?? Shop.Reads.GetAsync<TItem>, Emit);
        }

        if (codes is not null)
        {
            WriteEach(codes, byCode ?? Shop.Reads.GetByCodeAsync<TItem>, Emit);
        }
    }

    /// <summary>The value when the parameter was given, else null (value types cannot say "not given").</summary>
    protected T? Given<T>(string parameter, T value)
        where T : struct =>
        MyInvocation.BoundParameters.ContainsKey(parameter) ? value : null;

    /// <summary>Sets the change window from the cmdlet's parameters; returns the sync run when -SyncState drives it.</summary>
    private protected virtual IncrementalSync? Track(TQuery query) => null;

    /// <summary>
    /// Streams the listing: only what is new when syncing, then the removal records (when asked for), the sync state
    /// saved as the run goes, where it stopped when it stops early, and the next state once the end is reached; the
    /// total count when -IncludeTotalCount asked for it.
    /// </summary>
    private void WriteListing()
    {
        IncrementalSync? sync = null;
        PagedListing<TItem>? listing = null;
        var handedOut = true;
        try
        {
            var query = NewQuery();
            query.Descending = Descending;
            sync = Track(query);
            var filter = FilterHere;
            var countHere = filter is not null || !ApiPages;
            var page = new LocalPage(countHere ? PagingParameters : null);
            var countAll = countHere && PagingParameters?.IncludeTotalCount == true;
            var paging = PagingRequest.From(countHere ? null : PagingParameters, PageSize);
            paging.ResumeAt = sync?.ResumeAt;
            if (paging.ResumeAt is { } resume)
            {
                WriteVerbose($"{sync!.Path} records a run that stopped after {resume.ItemsBefore:N0} {ItemsName}: going on from row {resume.Next:N0} of the same listing.");
            }

            listing = Shop.Reads.List(query, paging, CancellationToken);
            foreach (var item in Stream(listing, $"Reading KiotViet {ItemsName}"))
            {
                sync?.Reached(listing);
                if (filter?.Invoke(item) != false && sync?.Admit(item) != false && page.Take())
                {
                    handedOut = false;
                    if (sync is not null && Stopping)
                    {
                        throw new PipelineStoppedException(); // Ctrl+C came first: this item was not handed out
                    }

                    try
                    {
                        Emit(item);
                    }
                    catch (Exception ex) when (sync is not null && ex is PipelineStoppedException or FlowControlException)
                    {
                        // The pipeline was not stopping when the item was written, so the stop came from downstream
                        // once it had the item: Select-Object -First took it, or Ctrl+C came while it was written.
                        handedOut = true;
                        sync.Delivered(item);
                        throw;
                    }

                    handedOut = true;
                    sync?.Delivered(item);
                }

                if (page.Full && !countAll)
                {
                    break;
                }
            }

            if (query.IncludeRemoved)
            {
                foreach (var id in sync?.RemovedIds(listing) ?? listing.RemovedIds)
                {
                    if (sync?.AdmitRemoval(id) != false)
                    {
                        WriteObject(new RemovedRecord(typeof(TItem).Name, id));
                    }
                }
            }

            if (sync is not null)
            {
                WriteVerbose($"Sync state saved to {sync.Complete(listing)}.");
            }

            if (PagingParameters is { } paging2 && paging2.IncludeTotalCount && (countHere ? page.Matched : (ulong?)listing.Total) is { } total)
            {
                WriteObject(paging2.NewTotalCount(total, 1.0));
            }
        }
        catch (KiotVietApiException ex)
        {
            WriteApiError(ex, ErrorTarget);
        }
        catch (ArgumentException ex)
        {
            // A filter the read does not document (the engine refuses it before any request).
            WriteError(ErrorRecords.InvalidInput("KiotVietFilterNotDocumented", ex.Message, ErrorTarget));
        }
        finally
        {
            SaveWhereStopped(sync, listing, handedOut);
            sync?.Dispose();
        }
    }

    /// <summary>A -SyncState run that ends before the end of its listing records where: the next run goes on from there.</summary>
    private static void SaveWhereStopped(IncrementalSync? sync, PagedListing<TItem>? listing, bool handedOut)
    {
        if (sync is not null && listing is not null)
        {
            try
            {
                sync.Stopped(listing, handedOut);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Nothing can be written while the pipeline stops; the state keeps the progress saved a page ago.
            }
        }
    }
}
