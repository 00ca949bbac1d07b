using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Http;

namespace KiotViet.Writes;

/// <summary>
/// One bulk write (an import, a removal of many records): the scheduling of its writes in one place (docs/design.md,
/// "The write rule"). Rows come in input order and each takes its place in the output as it arrives: a row refused or
/// skipped before sending takes its place at once and holds up nothing. A row goes alone or into its writer's open
/// batch (<see cref="BulkWriter{TRow, TResult}"/>); up to <see cref="MaxInFlight"/> writes, single rows and batches
/// alike, are in flight at once, and no two writes sharing a conflict key are (the later waits for the earlier).
/// Outcomes are taken in input order (<see cref="NextToReport"/>, <see cref="TakeHead"/>), which counts them
/// (<see cref="Summary"/>) and trips the circuit breaker; <see cref="Abandon"/> hands back the rows left in flight
/// when the run is stopped. It holds no PowerShell type: the caller waits on a row's completion and writes its
/// outcome; the run starts the next writes itself as writes end.
/// </summary>
internal sealed class BulkWriteRun
{
    /// <summary>
    /// The run stops (<see cref="BulkStop.ServiceFailing"/>) after this many rows in a row failed because of the
    /// service (not a refusal of the row itself): the service is down, and going on would only report the same failure.
    /// </summary>
    public const int ConsecutiveFailuresBeforeStopping = 10;

    /// <summary>Rows done but waiting for a slow row before them hold back new rows past this many per write in flight.</summary>
    private const int RowsHeldPerWrite = 16;

    private readonly object sync = new();
    private readonly CancellationToken cancellationToken;
    private readonly List<Unit> units = new(); // unfinished, in the order their rows came
    private readonly Queue<BulkRow> rows = new(); // not yet taken, in input order
    private readonly Dictionary<object, Unit> openBatches = new();
    private int running;
    private int rowNumber;
    private int failuresInARow;
    private int holdLimit;
    private bool stopped;

    public BulkWriteRun(string command, string writtenAs, int maxInFlight, CancellationToken cancellationToken)
    {
        if (maxInFlight < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxInFlight), maxInFlight, "At least one write is in flight.");
        }

        Summary = new BulkWriteSummary(command, writtenAs);
        MaxInFlight = maxInFlight;
        holdLimit = maxInFlight * RowsHeldPerWrite;
        this.cancellationToken = cancellationToken;
        cancellationToken.Register(Stop);
    }

    /// <summary>The counts of the rows taken so far.</summary>
    public BulkWriteSummary Summary { get; }

    /// <summary>The most writes (single rows and batches alike) in flight at once.</summary>
    public int MaxInFlight { get; }

    /// <summary>Writes in flight now.</summary>
    public int InFlight
    {
        get
        {
            lock (sync)
            {
                return running;
            }
        }
    }

    /// <summary>
    /// True when the caller should take outcomes before adding a row: enough rows wait for a slow row before them
    /// (one in a long back-off) that reading more input would only pile them up.
    /// </summary>
    public bool Full
    {
        get
        {
            lock (sync)
            {
                return rows.Count >= holdLimit;
            }
        }
    }

    /// <summary>True when rows wait to be taken.</summary>
    public bool HasRows
    {
        get
        {
            lock (sync)
            {
                return rows.Count > 0;
            }
        }
    }

    /// <summary>True once the run starts no more writes (stopped, or cancelled).</summary>
    public bool Stopped
    {
        get
        {
            lock (sync)
            {
                return stopped;
            }
        }
    }

    /// <summary>A row written alone by <paramref name="write"/>, after every earlier write sharing one of its <paramref name="conflictKeys"/>.</summary>
    public BulkRow Add<T>(Func<CancellationToken, Task<T>> write, object? tag, IRequestObserver? observer = null, IReadOnlyCollection<string>? conflictKeys = null)
    {
        var row = new BulkRow(BulkRowEntry.Write, tag, observer);
        var unit = new SingleUnit<T>(row, write, conflictKeys);
        List<Unit> start;
        lock (sync)
        {
            row.Number = ++rowNumber;
            rows.Enqueue(row);
            if (stopped)
            {
                row.CompleteNotSent();
                return row;
            }

            CloseBatchesSharing(unit.Keys);
            units.Add(unit);
            start = Startable();
        }

        Start(start);
        return row;
    }

    /// <summary>A row of a resource: into the writer's open batch when a batch can carry it, else alone.</summary>
    public BulkRow Add<TRow, TResult>(BulkWriter<TRow, TResult> writer, TRow item, object? tag, IRequestObserver? observer = null, IReadOnlyCollection<string>? moreKeys = null)
        where TResult : class
    {
        var keys = moreKeys is null ? writer.ConflictKeys(item) : writer.ConflictKeys(item).Concat(moreKeys).ToList();
        if (!writer.Batches(item))
        {
            return Add(ct => writer.WriteOne(item, ct), tag, observer, keys);
        }

        var row = new BulkRow(BulkRowEntry.Write, tag, observer);
        List<Unit> start;
        lock (sync)
        {
            row.Number = ++rowNumber;
            rows.Enqueue(row);
            if (stopped)
            {
                row.CompleteNotSent();
                return row;
            }

            holdLimit = Math.Max(holdLimit, ((MaxInFlight + 1) * writer.BatchSize) + (MaxInFlight * RowsHeldPerWrite));
            CloseBatchesSharing(keys);
            if (!openBatches.TryGetValue(writer, out var open))
            {
                open = new BatchUnit<TRow, TResult>(writer);
                openBatches[writer] = open;
                units.Add(open);
            }

            var batch = (BatchUnit<TRow, TResult>)open;
            batch.Add(row, item, keys);
            if (batch.Rows.Count >= writer.BatchSize)
            {
                Close(batch);
            }

            start = Startable();
        }

        Start(start);
        return row;
    }

    /// <summary>A row whose outcome is known before sending (refused by the checks, skipped as existing, unchanged): it takes its place and holds up nothing.</summary>
    public BulkRow AddKnown(BulkRowEntry entry, object? tag)
    {
        if (entry is BulkRowEntry.Write or BulkRowEntry.Failed)
        {
            throw new ArgumentOutOfRangeException(nameof(entry), entry, "A write or a failure is added with its write or its error.");
        }

        return Enqueue(new BulkRow(entry, tag, null));
    }

    /// <summary>A row that failed before its write could be sent (a read it needed failed): counted and reported as a write's failure.</summary>
    public BulkRow AddFailed(Exception error, object? tag)
    {
        var row = new BulkRow(BulkRowEntry.Failed, tag, null);
        row.Complete(null, error, withBatch: false);
        return Enqueue(row);
    }

    /// <summary>Sends the batches that hold a row with one of these keys, so rows waiting on them are not held up by a batch still filling.</summary>
    public void Send(IReadOnlyCollection<string> conflictKeys)
    {
        List<Unit> start;
        lock (sync)
        {
            CloseBatchesSharing(new HashSet<string>(conflictKeys, StringComparer.OrdinalIgnoreCase));
            start = Startable();
        }

        Start(start);
    }

    /// <summary>True while a row not yet taken holds one of these keys.</summary>
    public bool Holds(IReadOnlyCollection<string> conflictKeys)
    {
        lock (sync)
        {
            return rows.Any(r => r.Keys.Overlaps(conflictKeys));
        }
    }

    /// <summary>No more rows come: the open batches are sent.</summary>
    public void Complete()
    {
        List<Unit> start;
        lock (sync)
        {
            foreach (var open in openBatches.Values.ToList())
            {
                Close(open);
            }

            start = Startable();
        }

        Start(start);
    }

    /// <summary>The oldest row not yet taken, as it stands (a batch still filling stays so); null when none is left.</summary>
    public BulkRow? Head
    {
        get
        {
            lock (sync)
            {
                return rows.Count == 0 ? null : rows.Peek();
            }
        }
    }

    /// <summary>
    /// The oldest row not yet taken, whose completion the caller waits for (its batch is sent if it was still
    /// filling); null when none is left.
    /// </summary>
    public BulkRow? NextToReport()
    {
        List<Unit> start;
        BulkRow head;
        lock (sync)
        {
            if (rows.Count == 0)
            {
                return null;
            }

            head = rows.Peek();
            if (head.Unit is Unit { State: UnitState.Open } open)
            {
                Close(open);
            }

            start = Startable();
        }

        Start(start);
        return head;
    }

    /// <summary>
    /// Takes the oldest row, which must be complete, and counts its outcome: the caller writes it. A failure that
    /// concerns the whole run, or the service failing for <see cref="ConsecutiveFailuresBeforeStopping"/> rows in a
    /// row, says the run must stop (<see cref="BulkOutcome.Stop"/>), once.
    /// </summary>
    public BulkOutcome TakeHead()
    {
        lock (sync)
        {
            var row = rows.Peek();
            if (!row.IsComplete)
            {
                throw new InvalidOperationException("The oldest row is still in flight: wait for its completion first.");
            }

            rows.Dequeue();
            switch (row.Entry)
            {
                case BulkRowEntry.Refused:
                    Summary.Refused++;
                    return new BulkOutcome(row, BulkOutcomeKind.Refused);
                case BulkRowEntry.SkippedExisting:
                    Summary.SkippedExisting++;
                    return new BulkOutcome(row, BulkOutcomeKind.SkippedExisting);
                case BulkRowEntry.Unchanged:
                    Summary.Unchanged++;
                    return new BulkOutcome(row, BulkOutcomeKind.Unchanged);
            }

            if (row.WasNotSent)
            {
                return new BulkOutcome(row, BulkOutcomeKind.NotSent);
            }

            if (row.Error is null)
            {
                Summary.Written++;
                failuresInARow = 0;
                return new BulkOutcome(row, BulkOutcomeKind.Written);
            }

            if (row.Error is not KiotVietApiException error)
            {
                return new BulkOutcome(row, BulkOutcomeKind.Crashed);
            }

            if (error.ConcernsRun && !stopped)
            {
                return new BulkOutcome(row, BulkOutcomeKind.Failed, BulkStop.ConcernsRun);
            }

            if (IsRefusal(error))
            {
                Summary.Refused++;
                failuresInARow = 0;
                return new BulkOutcome(row, BulkOutcomeKind.Refused);
            }

            Summary.Failed++;
            failuresInARow++;
            return new BulkOutcome(row, BulkOutcomeKind.Failed, failuresInARow >= ConsecutiveFailuresBeforeStopping && !stopped ? BulkStop.ServiceFailing : BulkStop.None, failuresInARow);
        }
    }

    /// <summary>A row counted as written that proved to need nothing (a document already cancelled): counted as unchanged.</summary>
    public void CountAsUnchanged()
    {
        lock (sync)
        {
            Summary.Written--;
            Summary.Unchanged++;
        }
    }

    /// <summary>Starts no more writes: the writes in flight end; the rows not sent yet complete as not sent.</summary>
    public void Stop()
    {
        lock (sync)
        {
            stopped = true;
            foreach (var unit in units.Where(u => u.State is UnitState.Open or UnitState.Queued).ToList())
            {
                NotSent(unit);
            }

            openBatches.Clear();
        }
    }

    /// <summary>
    /// The run ends without its outcomes taken (the pipeline stopped): nothing more is started, the writes in flight
    /// are awaited (cancelled already when the caller's token was), and the rows not taken are handed back, oldest
    /// first, each with what became of it.
    /// </summary>
    public IReadOnlyList<BulkRow> Abandon()
    {
        Stop();
        lock (sync)
        {
            while (running > 0)
            {
                Monitor.Wait(sync);
            }

            var left = rows.ToArray();
            rows.Clear();
            return left;
        }
    }

    /// <summary>True when KiotViet read the row and refused it (bad input, not found): nothing was written.</summary>
    public static bool IsRefusal(KiotVietApiException error) =>
        !error.MayHaveBeenApplied && error.Kind is KiotVietErrorKind.Validation or KiotVietErrorKind.NotFound;

    private BulkRow Enqueue(BulkRow row)
    {
        lock (sync)
        {
            row.Number = ++rowNumber;
            rows.Enqueue(row);
        }

        return row;
    }

    // Under the lock: a row sharing a key with a batch still filling would wait for it until it fills; send it now.
    private void CloseBatchesSharing(IReadOnlyCollection<string> keys)
    {
        if (keys.Count == 0)
        {
            return;
        }

        foreach (var open in openBatches.Values.Where(b => b.Keys.Overlaps(keys)).ToList())
        {
            Close(open);
        }
    }

    // Under the lock: a batch stops filling; with fewer rows than its writer's smallest batch, each row goes alone.
    private void Close(Unit unit)
    {
        if (unit.State != UnitState.Open)
        {
            return;
        }

        openBatches.Remove(unit.Writer!);
        var index = units.IndexOf(unit);
        var alone = unit.Split();
        if (alone is null)
        {
            unit.State = UnitState.Queued;
            return;
        }

        units.RemoveAt(index);
        units.InsertRange(index, alone);
        foreach (var single in alone)
        {
            single.State = UnitState.Queued;
        }
    }

    // Under the lock: the rows of a unit that will never be sent complete as not sent.
    private void NotSent(Unit unit)
    {
        units.Remove(unit);
        unit.State = UnitState.Done;
        foreach (var row in unit.Rows)
        {
            row.CompleteNotSent();
        }
    }

    // Under the lock: the queued writes that may start now, marked running (started outside the lock).
    private List<Unit> Startable()
    {
        var start = new List<Unit>();
        if (stopped || cancellationToken.IsCancellationRequested)
        {
            return start;
        }

        for (var i = 0; i < units.Count && running < MaxInFlight; i++)
        {
            var unit = units[i];
            if (unit.State != UnitState.Queued)
            {
                continue;
            }

            var blocked = false;
            if (unit.Keys.Count > 0)
            {
                for (var j = 0; j < i && !blocked; j++)
                {
                    blocked = units[j].Keys.Overlaps(unit.Keys);
                }
            }

            if (blocked)
            {
                continue;
            }

            unit.State = UnitState.Running;
            running++;
            start.Add(unit);
        }

        return start;
    }

    private void Start(List<Unit> start)
    {
        foreach (var unit in start)
        {
            Task task;
            var observer = unit.Rows[0].Observer;
            try
            {
                using (observer is null ? null : RequestObservation.Observe(observer))
                {
                    task = unit.RunAsync(cancellationToken);
                }
            }
            catch (Exception ex)
            {
                task = Task.FromException(ex);
            }

            task.ContinueWith(Finished, unit, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        }
    }

    private void Finished(Task task, object? state)
    {
        var unit = (Unit)state!;
        var error = task.IsFaulted ? task.Exception!.InnerException! : task.IsCanceled ? new OperationCanceledException(cancellationToken) : null;
        foreach (var row in unit.Rows.Where(r => !r.IsComplete))
        {
            row.Complete(null, error ?? new InvalidOperationException("The write ended without an outcome for this row."), withBatch: unit.Rows.Count > 1);
        }

        List<Unit> start;
        lock (sync)
        {
            unit.State = UnitState.Done;
            running--;
            units.Remove(unit);
            Monitor.PulseAll(sync);
            start = Startable();
        }

        Start(start);
    }

    private enum UnitState
    {
        Open,
        Queued,
        Running,
        Done,
    }

    /// <summary>One write: a row alone, or a batch of rows sent in one request.</summary>
    private abstract class Unit
    {
        public List<BulkRow> Rows { get; } = new();

        public HashSet<string> Keys { get; } = new(StringComparer.OrdinalIgnoreCase);

        public UnitState State { get; set; } = UnitState.Open;

        /// <summary>The writer whose open batch this is; null for a row alone.</summary>
        public virtual object? Writer => null;

        /// <summary>Runs the write and completes each of its rows.</summary>
        public abstract Task RunAsync(CancellationToken cancellationToken);

        /// <summary>A batch too small to be worth its read-back, as one write per row; null to send it as it is.</summary>
        public virtual List<Unit>? Split() => null;
    }

    private sealed class SingleUnit<T> : Unit
    {
        private readonly Func<CancellationToken, Task<T>> write;

        public SingleUnit(BulkRow row, Func<CancellationToken, Task<T>> write, IReadOnlyCollection<string>? keys)
        {
            this.write = write;
            Rows.Add(row);
            row.Unit = this;
            if (keys is not null)
            {
                Keys.UnionWith(keys.Where(k => !string.IsNullOrEmpty(k)));
            }

            row.Keys.UnionWith(Keys);
            State = UnitState.Queued;
        }

        public override async Task RunAsync(CancellationToken cancellationToken)
        {
            var row = Rows[0];
            try
            {
                row.Complete(await write(cancellationToken).ConfigureAwait(false), null, withBatch: false);
            }
            catch (Exception ex)
            {
                row.Complete(null, ex, withBatch: false);
            }
        }
    }

    private sealed class BatchUnit<TRow, TResult> : Unit
        where TResult : class
    {
        private readonly BulkWriter<TRow, TResult> writer;
        private readonly List<TRow> items = new();

        public BatchUnit(BulkWriter<TRow, TResult> writer)
        {
            this.writer = writer;
            Keys.Add(writer.BatchKey);
        }

        public override object? Writer => writer;

        public void Add(BulkRow row, TRow item, IReadOnlyCollection<string> keys)
        {
            Rows.Add(row);
            items.Add(item);
            row.Unit = this;
            row.Batched = true;
            row.Keys.UnionWith(keys.Where(k => !string.IsNullOrEmpty(k)));
            Keys.UnionWith(row.Keys);
        }

        public override List<Unit>? Split()
        {
            if (Rows.Count >= writer.SmallestBatch)
            {
                return null;
            }

            var alone = new List<Unit>(Rows.Count);
            for (var i = 0; i < Rows.Count; i++)
            {
                var item = items[i];
                Rows[i].Batched = false;
                alone.Add(new SingleUnit<TResult>(Rows[i], ct => writer.WriteOne(item, ct), Rows[i].Keys.ToList()));
            }

            return alone;
        }

        public override async Task RunAsync(CancellationToken cancellationToken)
        {
            IReadOnlyList<BatchRowOutcome<TResult>> outcomes;
            try
            {
                outcomes = await writer.WriteBatch!(items, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                // Only what concerns the whole run (or a stop) fails a batch as a whole: each row carries it.
                foreach (var row in Rows)
                {
                    row.Complete(null, ex, withBatch: true);
                }

                return;
            }

            for (var i = 0; i < Rows.Count; i++)
            {
                var outcome = i < outcomes.Count ? outcomes[i] : null;
                Rows[i].Complete(outcome?.Record, outcome is null ? new InvalidOperationException("The batch gave no outcome for this row.") : outcome.Error, withBatch: false);
            }
        }
    }
}

/// <summary>How a row entered the run.</summary>
internal enum BulkRowEntry
{
    /// <summary>A write, alone or in a batch.</summary>
    Write,

    /// <summary>Refused by the checks before sending.</summary>
    Refused,

    /// <summary>Skipped: the record exists already (-SkipExisting), or it already is as asked.</summary>
    SkippedExisting,

    /// <summary>Its record already holds every value it gives: nothing sent.</summary>
    Unchanged,

    /// <summary>A read it needed failed before its write could be sent.</summary>
    Failed,
}

/// <summary>One row of a <see cref="BulkWriteRun"/>, in input order.</summary>
internal sealed class BulkRow
{
    private readonly TaskCompletionSource<bool> completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal BulkRow(BulkRowEntry entry, object? tag, IRequestObserver? observer)
    {
        Entry = entry;
        Tag = tag;
        Observer = observer;
        if (entry is not (BulkRowEntry.Write or BulkRowEntry.Failed))
        {
            completion.TrySetResult(true);
        }
    }

    /// <summary>The row's place in the input, from 1.</summary>
    public int Number { get; internal set; }

    public BulkRowEntry Entry { get; }

    /// <summary>What the caller keeps with the row (its input, how to report it).</summary>
    public object? Tag { get; }

    /// <summary>Where the row's write says what it does (verbose lines, waits); a batch's go to its first row's.</summary>
    public IRequestObserver? Observer { get; }

    /// <summary>Completes when the row's outcome is known.</summary>
    public Task Completion => completion.Task;

    public bool IsComplete => completion.Task.IsCompleted;

    /// <summary>The record written, once complete without <see cref="Error"/>.</summary>
    public object? Result { get; private set; }

    /// <summary>Why the row was not written (KiotViet's refusal, a failure, a stop).</summary>
    public Exception? Error { get; private set; }

    /// <summary>True when the run stopped before the row's write was sent.</summary>
    public bool WasNotSent { get; private set; }

    /// <summary>True while the row travels in a batch (not alone).</summary>
    public bool Batched { get; internal set; }

    /// <summary>True when the row's batch failed as a whole (a stop, a failure of the run) rather than the row.</summary>
    public bool FailedWithBatch { get; private set; }

    /// <summary>The rows sent with it in one batch (itself included), for telling them as one.</summary>
    public object? Batch => Batched ? Unit : null;

    internal HashSet<string> Keys { get; } = new(StringComparer.OrdinalIgnoreCase);

    internal object? Unit { get; set; }

    internal void Complete(object? result, Exception? error, bool withBatch)
    {
        Result = result;
        Error = error;
        FailedWithBatch = withBatch;
        completion.TrySetResult(true);
    }

    internal void CompleteNotSent()
    {
        WasNotSent = true;
        completion.TrySetResult(true);
    }
}

/// <summary>What ended a run.</summary>
internal enum BulkStop
{
    None,

    /// <summary>A failure that concerns the whole run (authentication, permission, the budget).</summary>
    ConcernsRun,

    /// <summary>The service failed for <see cref="BulkWriteRun.ConsecutiveFailuresBeforeStopping"/> rows in a row.</summary>
    ServiceFailing,
}

internal enum BulkOutcomeKind
{
    Written,
    Refused,
    SkippedExisting,
    Unchanged,
    Failed,

    /// <summary>The run stopped before the row's write was sent.</summary>
    NotSent,

    /// <summary>The write threw what is not a KiotViet failure (a bug, a cancellation): the caller rethrows it.</summary>
    Crashed,
}

/// <summary>One row's outcome as taken from the run: counted already.</summary>
internal sealed class BulkOutcome
{
    public BulkOutcome(BulkRow row, BulkOutcomeKind kind, BulkStop stop = BulkStop.None, int failuresInARow = 0)
    {
        Row = row;
        Kind = kind;
        Stop = stop;
        FailuresInARow = failuresInARow;
    }

    public BulkRow Row { get; }

    public BulkOutcomeKind Kind { get; }

    /// <summary>Set once, on the row whose outcome ends the run.</summary>
    public BulkStop Stop { get; }

    public int FailuresInARow { get; }
}
