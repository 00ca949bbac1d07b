using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Paging;
using KiotViet.Resources;

namespace KiotViet.Matching;

/// <summary>
/// Chooses, for one write run, between looking records up one by one and reading the shop's whole list once, by what
/// costs fewer GETs of the hourly budget (docs/design.md, "Reads against the budget"). Lookups are made while the
/// GETs they have cost stay below what the list costs (its pages); from then on the list is read once and answers
/// every later row. Whatever the pipeline's length, a run spends at most about twice the cheaper of the two, plus one
/// GET that asks the shop's size (made only from the second lookup on, so a single row costs a single lookup).
/// </summary>
internal sealed class ReadPlan<T>
    where T : class, IKiotVietEntity
{
    private readonly ReadClient reads;
    private readonly Func<ListQuery<T>> listQuery;
    private int? listPages;

    public ReadPlan(ReadClient reads, Func<ListQuery<T>> listQuery)
    {
        this.reads = reads;
        this.listQuery = listQuery;
    }

    /// <summary>The GETs spent on lookups so far (not counting the one that asked the shop's size).</summary>
    public int LookupsSpent { get; private set; }

    /// <summary>True once the lookups would cost more than reading the list: read it (<see cref="List"/>) instead.</summary>
    public async Task<bool> ListIsCheaperAsync(int nextLookupCost, CancellationToken cancellationToken)
    {
        if (LookupsSpent == 0)
        {
            return false;
        }

        listPages ??= await PagesAsync(cancellationToken).ConfigureAwait(false);
        return LookupsSpent + nextLookupCost > listPages.Value;
    }

    /// <summary>Counts the GETs a lookup spent.</summary>
    public void Spent(int requests) => LookupsSpent += requests;

    /// <summary>The whole list, to be read once.</summary>
    public PagedListing<T> List(CancellationToken cancellationToken) => reads.List(listQuery(), new PageRequest(), cancellationToken);

    private Task<int> PagesAsync(CancellationToken cancellationToken) =>
        Task.Run(
            () =>
            {
                var probe = reads.List(listQuery(), new PageRequest { PageSize = 1, First = 1 }, cancellationToken);
                _ = probe.ToList();
                var total = probe.Total ?? int.MaxValue / 2;
                return (int)Math.Ceiling(total / (double)PageRequest.MaxPageSize) + 1;
            },
            cancellationToken);
}
