using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace KiotViet.Writes;

/// <summary>
/// What one resource supplies for its rows to go through a <see cref="BulkWriteRun"/>: how to write one row, how to
/// write a batch of rows and which rows a batch can carry, and the keys of the records a row writes (two rows sharing
/// a key are never in flight at once). How a lost write is found is each write's own: <see cref="WriteOne"/> and
/// <see cref="WriteBatch"/> go through the <see cref="WriteCoordinator"/> with the resource's lookup (docs/design.md,
/// "The write rule"), so the run never guesses an outcome.
/// </summary>
internal sealed class BulkWriter<TRow, TResult>
    where TResult : class
{
    private static readonly IReadOnlyCollection<string> NoKeys = Array.Empty<string>();

    public BulkWriter(Func<TRow, CancellationToken, Task<TResult>> writeOne, Func<TRow, IReadOnlyCollection<string>>? conflictKeys = null)
    {
        WriteOne = writeOne;
        ConflictKeys = conflictKeys ?? (_ => NoKeys);
    }

    /// <summary>Writes one row (its lost answer looked up by the resource's lookup).</summary>
    public Func<TRow, CancellationToken, Task<TResult>> WriteOne { get; }

    /// <summary>The keys of the record a row writes ("id:5", "code:KH01"); rows sharing one are written one after the other, in input order.</summary>
    public Func<TRow, IReadOnlyCollection<string>> ConflictKeys { get; }

    /// <summary>Writes up to <see cref="BatchSize"/> rows in one request and gives one outcome per row, in their order; null when the resource has no bulk endpoint.</summary>
    public Func<IReadOnlyList<TRow>, CancellationToken, Task<IReadOnlyList<BatchRowOutcome<TResult>>>>? WriteBatch { get; private set; }

    /// <summary>True when a batch can carry the row (it sets only what the bulk endpoint documents).</summary>
    public Func<TRow, bool> CanBatch { get; private set; } = _ => false;

    /// <summary>The most rows one batch carries; 1 sends every row alone.</summary>
    public int BatchSize { get; private set; } = 1;

    /// <summary>
    /// Fewer rows than this are sent one by one, each alone (a batch costs a request and a read-back): a short
    /// pipeline, or the rows waiting when a later row needs them written first.
    /// </summary>
    public int SmallestBatch { get; private set; } = 1;

    /// <summary>
    /// The key every batch of this writer holds, so its batches go one at a time (rows alone still go beside them): a
    /// batch's outcome is read back from the records changed since it began, newest first, and another batch of 100
    /// landing meanwhile shifts those pages by a page each, which the listing's checks (rightly) refuse as no progress.
    /// </summary>
    internal string BatchKey { get; } = "batch:" + Guid.NewGuid().ToString("N");

    /// <summary>True when this row goes into a batch rather than alone.</summary>
    internal bool Batches(TRow row) => WriteBatch is not null && BatchSize > 1 && CanBatch(row);

    /// <summary>The same writer, sending rows a batch can carry <paramref name="batchSize"/> at a time (from <paramref name="smallestBatch"/> rows on).</summary>
    public BulkWriter<TRow, TResult> WithBatches(
        Func<IReadOnlyList<TRow>, CancellationToken, Task<IReadOnlyList<BatchRowOutcome<TResult>>>> writeBatch,
        Func<TRow, bool> canBatch,
        int batchSize,
        int smallestBatch)
    {
        if (batchSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, "A batch holds at least one row.");
        }

        return new BulkWriter<TRow, TResult>(WriteOne, ConflictKeys)
        {
            WriteBatch = writeBatch,
            CanBatch = canBatch,
            BatchSize = batchSize,
            SmallestBatch = Math.Max(1, Math.Min(batchSize, smallestBatch)),
        };
    }
}
