using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Resources;

namespace KiotViet.Matching;

/// <summary>
/// The records an update run compares its rows with (docs/design.md, "Reads against the budget"), each read once per
/// run at the fewest GETs: one at a time while that is cheaper, else the shop's list once (<see cref="ReadPlan{T}"/>).
/// A record the run has since written is read again, never answered from the list.
/// </summary>
internal sealed class RecordsById<T>
    where T : class, IKiotVietEntity
{
    private readonly ReadPlan<T> plan;
    private readonly Func<long, string?, CancellationToken, Task<T>> lookup;
    private readonly Dictionary<long, T> known = new();
    private readonly HashSet<long> written = new();
    private readonly SemaphoreSlim oneAtATime = new(1, 1);
    private bool listed;

    public RecordsById(ReadPlan<T> plan, Func<long, string?, CancellationToken, Task<T>> lookup)
    {
        this.plan = plan;
        this.lookup = lookup;
    }

    /// <summary>The record with this id (its code, when the row has one, may make the lookup cheaper or richer).</summary>
    public async Task<T> FindAsync(long id, string? code, CancellationToken cancellationToken)
    {
        await oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!written.Contains(id) && known.TryGetValue(id, out var record))
            {
                return record;
            }

            if (!listed && await plan.ListIsCheaperAsync(1, cancellationToken).ConfigureAwait(false))
            {
                await Task.Run(
                    () =>
                    {
                        foreach (var listedRecord in plan.List(cancellationToken))
                        {
                            if (!known.ContainsKey(listedRecord.Id))
                            {
                                known[listedRecord.Id] = listedRecord;
                            }
                        }
                    },
                    cancellationToken).ConfigureAwait(false);
                listed = true;
            }

            if (listed && !written.Contains(id))
            {
                return known.TryGetValue(id, out record)
                    ? record
                    : throw new KiotVietApiException(KiotVietErrorKind.NotFound, $"The shop has no {typeof(T).Name.ToLowerInvariant()} with id {id}.");
            }

            plan.Spent(1);
            record = await lookup(id, code, cancellationToken).ConfigureAwait(false);
            known[id] = record;
            written.Remove(id);
            return record;
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    /// <summary>The run has sent a write of this record: what is known of it is stale. Called between finds, never during one.</summary>
    public void Written(long id) => written.Add(id);
}

/// <summary>How the update cmdlets read the records they compare rows with.</summary>
internal static class UpdateRecords
{
    /// <summary>
    /// Customers with their group names (which GET by id does not return): looked up by the row's code in the list,
    /// else by id (groups then unknown: <see cref="Customer.Groups"/> stays null).
    /// </summary>
    public static RecordsById<Customer> Customers(CustomerClient customers, ReadClient reads) => new(
        new ReadPlan<Customer>(reads, () => new CustomerQuery { IncludeGroups = true }),
        async (id, code, ct) =>
        {
            if (!string.IsNullOrWhiteSpace(code))
            {
                var byCode = await Task.Run(
                    () =>
                    {
                        foreach (var candidate in customers.List(new CustomerQuery { Code = code!.Trim(), IncludeGroups = true }, new PageRequest(), ct))
                        {
                            if (candidate.Id == id)
                            {
                                return candidate;
                            }
                        }

                        return null;
                    },
                    ct).ConfigureAwait(false);
                if (byCode is not null)
                {
                    byCode.Groups ??= string.Empty; // listed with its groups: none is known to be none
                    return byCode;
                }
            }

            return await customers.GetAsync(id, ct).ConfigureAwait(false);
        });

    /// <summary>Products with their stock per branch.</summary>
    public static RecordsById<Product> Products(ReadClient reads) => new(
        new ReadPlan<Product>(reads, () => new ProductQuery { IncludeInventory = true }),
        (id, _, ct) => reads.GetAsync<Product>(id, ct));
}
