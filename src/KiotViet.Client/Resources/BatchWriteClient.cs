using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Http;
using KiotViet.Paging;
using KiotViet.Writes;

namespace KiotViet.Resources;

/// <summary>
/// What every bulk write of KiotViet shares (customers, products): KiotViet answers a message only, so every row's
/// outcome is read back from the records changed since the batch began, newest first, each row matched as a single
/// write's lookup does. A row the batch did not write is sent alone, through the single write and its exactly-once
/// rule; a batch KiotViet refuses as a whole sends every row alone, so the refusal of the row at fault carries
/// KiotViet's reason and the other rows are written. The batch itself goes through the <see cref="WriteCoordinator"/>:
/// a lost answer is read back, and the batch is sent again only when KiotViet shows none of its rows.
/// </summary>
public abstract class BatchWriteClient<TRecord> : ResourceClient
    where TRecord : class
{
    /// <summary>The most rows one request carries (KiotViet documents no limit; a page of read-back holds 100).</summary>
    public const int MaxRows = 100;

    private protected BatchWriteClient(ApiTransport transport, int readAhead)
        : base(transport, readAhead)
    {
    }

    /// <summary>The id of a record, which a row claims for itself once written.</summary>
    private protected abstract long IdOf(TRecord record);

    /// <summary>The listing of the records changed since <paramref name="since"/>, newest first.</summary>
    private protected abstract IEnumerable<TRecord> ChangedSince(DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>Ids this connection already reported for a write, singles and batches alike: no other row may claim them.</summary>
    private ClaimedIds Claimed => Writes.Claimed;

    /// <summary>
    /// Sends the batch once (resent only when a lost answer's read-back shows none of its rows), reads back what it
    /// wrote, and gives one outcome per row in their order: rows not written by the batch are sent alone.
    /// </summary>
    private protected async Task<IReadOnlyList<BatchRowOutcome<TRecord>>> WriteAsync<TRow>(
        string description,
        IReadOnlyList<TRow> rows,
        Func<CancellationToken, Task<string?>> send,
        Func<DateTimeOffset, CancellationToken, Task<IReadOnlyList<TRecord?>>> find,
        Func<TRow, CancellationToken, Task<TRecord>> alone,
        CancellationToken cancellationToken)
    {
        var readBack = await RunBatchAsync(description, send, find, cancellationToken).ConfigureAwait(false);
        var outcomes = new List<BatchRowOutcome<TRecord>>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            if (readBack.Unknown is { } unknown)
            {
                outcomes.Add(BatchRowOutcome<TRecord>.Failed(unknown, sentAlone: false));
            }
            else if (i < readBack.Records!.Count && readBack.Records[i] is { } record)
            {
                Claimed.TryClaim(IdOf(record));
                outcomes.Add(BatchRowOutcome<TRecord>.Written(record, sentAlone: false));
            }
            else
            {
                outcomes.Add(await AloneAsync(rows[i], alone, cancellationToken).ConfigureAwait(false));
            }
        }

        return outcomes;
    }

    /// <summary>
    /// Reads the records changed since the batch began, newest first, a page at a time, and stops as soon as every
    /// row has its record: a batch of 100 usually costs one GET, however much else changed in the window. The match is
    /// told whether its answer is the one kept (every row found, or the listing read to its end).
    /// </summary>
    private protected Task<IReadOnlyList<TRecord?>> ReadBackAsync(DateTimeOffset since, Func<IReadOnlyList<TRecord>, bool, IReadOnlyList<TRecord?>?> match, CancellationToken cancellationToken) =>
        Task.Run(() =>
        {
            var candidates = new List<TRecord>();
            foreach (var record in ChangedSince(since, cancellationToken))
            {
                candidates.Add(record);
                if (candidates.Count % PageRequest.MaxPageSize == 0 && match(candidates, false) is { } found)
                {
                    return found;
                }
            }

            return match(candidates, true)!;
        }, cancellationToken);

    /// <summary>
    /// Each draft's record among the records changed since the batch began, as <paramref name="createdRecord"/> (the
    /// single create's lookup) finds it; a record is claimed by one row only, and never by a row when this connection
    /// reported it for another write. Choosing and claiming are one step against every other claim of the connection.
    /// </summary>
    private protected Task<IReadOnlyList<TRecord?>> FindCreatedAsync<TDraft>(
        IReadOnlyList<TDraft> drafts, DateTimeOffset since, Func<TDraft, IEnumerable<TRecord>, WriteContext, TRecord?> createdRecord, CancellationToken cancellationToken) =>
        ReadBackAsync(since, (candidates, last) => Claimed.Matching(() =>
        {
            var chosen = new HashSet<long>();
            var context = new WriteContext(since, id => chosen.Contains(id) || Claimed.Contains(id));
            var found = new List<TRecord?>(drafts.Count);
            foreach (var draft in drafts)
            {
                var record = createdRecord(draft, candidates, context);
                if (record is not null)
                {
                    chosen.Add(IdOf(record));
                }

                found.Add(record);
            }

            // Not every row found yet and more pages to read: a later page may hold a row's record; claim nothing.
            if (!last && found.Any(r => r is null))
            {
                return null;
            }

            foreach (var id in chosen)
            {
                Claimed.TryClaim(id);
            }

            return (IReadOnlyList<TRecord?>)found;
        }), cancellationToken);

    /// <summary>Each row's record, newest version, when it <paramref name="shows"/> the row's changes; else null.</summary>
    private protected Task<IReadOnlyList<TRecord?>> FindUpdatedAsync<TChanges>(
        IReadOnlyList<(long Id, TChanges Changes)> rows, DateTimeOffset since, Func<TChanges, TRecord, bool> shows, CancellationToken cancellationToken) =>
        ReadBackAsync(since, (candidates, last) =>
        {
            var newest = candidates.GroupBy(IdOf).ToDictionary(g => g.Key, g => g.First());
            var found = rows.Select(r => newest.TryGetValue(r.Id, out var record) && shows(r.Changes, record) ? record : (TRecord?)null).ToList();
            return last || found.All(r => r is not null) ? found : null;
        }, cancellationToken);

    /// <summary>Refuses a batch of no rows or more than <see cref="MaxRows"/>.</summary>
    private protected static void CheckCount(int count, string parameter)
    {
        if (count is < 1 or > MaxRows)
        {
            throw new ArgumentOutOfRangeException(parameter, count, $"A batch holds 1 to {MaxRows} rows.");
        }
    }

    // Refused: every row null (each is then sent alone). Outcome unknown even after looking: that failure.
    private async Task<BatchReadBack> RunBatchAsync(string description, Func<CancellationToken, Task<string?>> send, Func<DateTimeOffset, CancellationToken, Task<IReadOnlyList<TRecord?>>> find, CancellationToken cancellationToken)
    {
        var since = Transport.ServerClock.Now - WriteCoordinator.ClockSkewTolerance;
        IReadOnlyList<TRecord?>? found = null;
        try
        {
            await Writes.RunAsync(
                new WriteOperation<bool>(
                    description,
                    async ct =>
                    {
                        found = null;
                        await send(ct).ConfigureAwait(false);
                        return true;
                    },
                    async (_, ct) =>
                    {
                        found = await find(since, ct).ConfigureAwait(false);
                        return Reconciliation<bool>.AppliedIf(found.Any(r => r is not null), true);
                    }),
                cancellationToken).ConfigureAwait(false);
        }
        catch (KiotVietApiException ex) when (ex.MayHaveBeenApplied)
        {
            return new BatchReadBack(null, ex);
        }
        catch (KiotVietApiException ex) when (!ex.ConcernsRun)
        {
            // Refused as a whole (or certainly not sent): each row alone tells which one KiotViet refuses, and why.
            RequestObservation.Current?.Verbose($"KiotViet refused {description} ({ex.Message}); sending its rows one by one.");
            return new BatchReadBack(Array.Empty<TRecord?>(), null);
        }

        return new BatchReadBack(found ?? await find(since, cancellationToken).ConfigureAwait(false), null);
    }

    private async Task<BatchRowOutcome<TRecord>> AloneAsync<TRow>(TRow row, Func<TRow, CancellationToken, Task<TRecord>> alone, CancellationToken cancellationToken)
    {
        try
        {
            var record = await alone(row, cancellationToken).ConfigureAwait(false);
            Claimed.TryClaim(IdOf(record));
            return BatchRowOutcome<TRecord>.Written(record, sentAlone: true);
        }
        catch (KiotVietApiException ex) when (!ex.ConcernsRun)
        {
            return BatchRowOutcome<TRecord>.Failed(ex, sentAlone: true);
        }
    }

    /// <summary>What a batch wrote: a record per row (null: not written), or why that cannot be known.</summary>
    private sealed class BatchReadBack
    {
        public BatchReadBack(IReadOnlyList<TRecord?>? records, KiotVietApiException? unknown)
        {
            Records = records;
            Unknown = unknown;
        }

        public IReadOnlyList<TRecord?>? Records { get; }

        public KiotVietApiException? Unknown { get; }
    }
}
