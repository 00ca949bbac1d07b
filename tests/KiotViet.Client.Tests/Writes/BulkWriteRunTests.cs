using System.Collections.Concurrent;
using KiotViet.Writes;
using Xunit;

namespace KiotViet.Client.Tests.Writes;

/// <summary>
/// The bulk-write run without a runspace: writes are fakes held open by gates, so what is in flight at once is
/// counted, never hoped for, and nothing sleeps.
/// </summary>
public sealed class BulkWriteRunTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public void Keeps_four_single_writes_in_flight_and_starts_the_next_as_one_ends()
    {
        var writes = new GatedWrites();
        var run = NewRun();
        var added = Enumerable.Range(1, 6).Select(i => run.Add(writes.Write($"r{i}"), $"r{i}")).ToList();

        Assert.Equal(new[] { "r1", "r2", "r3", "r4" }, writes.Started);
        Assert.Equal(4, run.InFlight);

        writes.Finish("r3");
        writes.WaitStarted(5);
        Assert.Equal("r5", writes.Started[4]);
        Assert.Equal(4, run.InFlight);

        writes.FinishAll();
        var outcomes = TakeAll(run);
        Assert.Equal(added.Select(r => r.Tag), outcomes.Select(o => o.Row.Tag));
        Assert.All(outcomes, o => Assert.Equal(BulkOutcomeKind.Written, o.Kind));
        Assert.Equal(6, run.Summary.Written);
    }

    [Fact]
    public void A_row_refused_before_sending_holds_up_nothing_and_keeps_its_place()
    {
        // 40 rows, every 5th refused by the checks: four writes stay in flight, and outcomes keep the input order.
        var writes = new GatedWrites();
        var run = NewRun();
        for (var i = 1; i <= 10; i++)
        {
            if (i % 5 == 0)
            {
                run.AddKnown(BulkRowEntry.Refused, $"r{i}");
            }
            else
            {
                run.Add(writes.Write($"r{i}"), $"r{i}");
            }
        }

        Assert.Equal(4, run.InFlight);
        Assert.Equal(new[] { "r1", "r2", "r3", "r4" }, writes.Started);

        writes.Finish("r1");
        writes.Finish("r2");
        writes.WaitStarted(6);
        Assert.Equal(new[] { "r6", "r7" }, writes.Started.Skip(4));

        writes.FinishAll();
        var outcomes = TakeAll(run);
        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"r{i}"), outcomes.Select(o => (string)o.Row.Tag!));
        Assert.Equal(BulkOutcomeKind.Refused, outcomes[4].Kind);
        Assert.Equal(8, run.Summary.Written);
        Assert.Equal(2, run.Summary.Refused);
    }

    [Fact]
    public void Outcomes_come_in_input_order_when_later_writes_end_first()
    {
        var writes = new GatedWrites();
        var run = NewRun();
        var first = run.Add(writes.Write("r1"), "r1");
        run.Add(writes.Write("r2"), "r2");
        writes.Finish("r2");

        var head = run.NextToReport()!;
        Assert.Same(first, head);
        Assert.False(head.IsComplete);

        writes.Finish("r1");
        var outcomes = TakeAll(run);
        Assert.Equal(new object?[] { "r1", "r2" }, outcomes.Select(o => o.Row.Tag));
    }

    [Fact]
    public void Two_writes_sharing_a_key_are_never_in_flight_at_once()
    {
        var writes = new GatedWrites();
        var run = NewRun();
        run.Add(writes.Write("a"), "a", conflictKeys: new[] { "id:1" });
        run.Add(writes.Write("b"), "b", conflictKeys: new[] { "ID:1" });
        run.Add(writes.Write("c"), "c", conflictKeys: new[] { "id:2" });

        Assert.Equal(new[] { "a", "c" }, writes.Started);
        writes.Finish("a");
        writes.WaitStarted(3);
        Assert.Equal("b", writes.Started[2]);
        writes.FinishAll();
        Assert.Equal(3, TakeAll(run).Count(o => o.Kind == BulkOutcomeKind.Written));
    }

    [Fact]
    public void Batches_fill_to_their_size_go_one_at_a_time_and_a_refused_row_splits_none()
    {
        var batches = new GatedBatches();
        var run = NewRun();
        var writer = batches.Writer(batchSize: 100);
        for (var i = 1; i <= 250; i++)
        {
            if (i == 50)
            {
                run.AddKnown(BulkRowEntry.Refused, i);
                continue;
            }

            run.Add(writer, i, i);
        }

        // The first full batch in flight, the second waits for it (its read-back would see the other's rows land);
        // the third still fills.
        batches.WaitStarted(1);
        Assert.Equal(1, run.InFlight);
        Assert.Equal(new[] { 100 }, batches.Sizes);

        run.Complete();
        batches.FinishAll();
        var outcomes = TakeAll(run);
        Assert.Equal(Enumerable.Range(1, 250).Cast<object>(), outcomes.Select(o => o.Row.Tag));
        Assert.Equal(249, run.Summary.Written);
        Assert.Equal(1, run.Summary.Refused);
        Assert.Equal(new[] { 100, 100, 49 }, batches.Sizes);
        Assert.Equal(0, batches.Alone);
    }

    [Fact]
    public void A_short_pipeline_goes_row_by_row_with_writes_in_flight_side_by_side()
    {
        var batches = new GatedBatches();
        var run = NewRun();
        var writer = batches.Writer(batchSize: 100);
        for (var i = 1; i <= 6; i++)
        {
            run.Add(writer, i, i);
        }

        Assert.Equal(0, run.InFlight);
        run.Complete();
        batches.WaitAlone(4);
        Assert.Equal(4, run.InFlight);
        Assert.Empty(batches.Sizes);
        batches.FinishAll();
        Assert.Equal(6, TakeAll(run).Count(o => o.Kind == BulkOutcomeKind.Written));
    }

    [Fact]
    public void Waiting_for_a_row_in_a_filling_batch_sends_that_batch()
    {
        var batches = new GatedBatches();
        var run = NewRun();
        var writer = batches.Writer(batchSize: 100);
        for (var i = 1; i <= 20; i++)
        {
            run.Add(writer, i, i);
        }

        Assert.Equal(0, run.InFlight);
        Assert.Equal(1, run.Head!.Number);
        Assert.Empty(batches.Sizes); // looking at the head sends nothing
        run.NextToReport();
        batches.WaitStarted(1);
        Assert.Equal(20, batches.Sizes[0]);
        batches.FinishAll();
        Assert.Equal(20, TakeAll(run).Count);
    }

    [Fact]
    public void A_row_sharing_a_key_with_a_filling_batch_sends_it_and_waits_for_it()
    {
        var batches = new GatedBatches();
        var run = NewRun();
        var writer = batches.Writer(batchSize: 100, keys: i => new[] { $"id:{i % 15}" });
        for (var i = 1; i <= 15; i++)
        {
            run.Add(writer, i, i);
        }

        run.Add(writer, 16, 16); // id:1 again
        batches.WaitStarted(1);
        Assert.Equal(15, batches.Sizes[0]);
        run.Complete();
        Assert.Equal(1, run.InFlight); // row 16, alone now, waits for the batch holding id:1
        batches.FinishAll();
        batches.WaitAlone(1);
        batches.FinishAll();
        Assert.Equal(16, TakeAll(run).Count(o => o.Kind == BulkOutcomeKind.Written));
    }

    [Fact]
    public void Ten_failures_in_a_row_stop_the_run_and_a_refusal_breaks_the_series()
    {
        var run = NewRun();
        for (var i = 1; i <= 9; i++)
        {
            run.Add<string>(_ => throw Unavailable(), i);
        }

        run.Add<string>(_ => throw Refused(), "refused");
        for (var i = 1; i <= 10; i++)
        {
            run.Add<string>(_ => throw Unavailable(), $"again {i}");
        }

        var outcomes = TakeAll(run);
        Assert.Equal(BulkOutcomeKind.Refused, outcomes[9].Kind);
        Assert.Equal(new[] { 19 }, outcomes.Select((o, i) => (o, i)).Where(x => x.o.Stop == BulkStop.ServiceFailing).Select(x => x.i));
        Assert.Equal(19, run.Summary.Failed);
        Assert.Equal(1, run.Summary.Refused);
    }

    [Fact]
    public void A_failure_that_concerns_the_run_stops_it_uncounted_and_nothing_more_is_sent()
    {
        var writes = new GatedWrites();
        var run = NewRun(maxInFlight: 1);
        run.Add(writes.Write("r1"), "r1");
        run.Add(writes.Write("r2"), "r2");
        run.Add(writes.Write("r3"), "r3");
        writes.Fail("r1", new KiotVietApiException(KiotVietErrorKind.Authentication, "token refused"));
        writes.WaitStarted(2);

        var outcome = TakeNext(run);
        Assert.Equal(BulkStop.ConcernsRun, outcome.Stop);
        run.Stop();
        writes.Finish("r2");
        var rest = TakeAll(run);
        Assert.Equal(new[] { BulkOutcomeKind.Written, BulkOutcomeKind.NotSent }, rest.Select(o => o.Kind));
        Assert.Equal(new[] { "r1", "r2" }, writes.Started);
        Assert.Equal(1, run.Summary.Rows);
    }

    [Fact]
    public void Abandoned_run_hands_back_its_rows_with_what_became_of_each()
    {
        using var cancellation = new CancellationTokenSource();
        var writes = new GatedWrites();
        var run = new BulkWriteRun("New-KvCustomer", "created", 2, cancellation.Token);
        run.Add(writes.Write("done"), "done");
        run.Add(writes.Write("in flight"), "in flight", conflictKeys: new[] { "id:7" });
        run.AddKnown(BulkRowEntry.Refused, "refused");
        run.Add(writes.Write("queued"), "queued", conflictKeys: new[] { "id:7" });
        writes.Finish("done");

        cancellation.Cancel();
        var left = run.Abandon();

        Assert.Equal(new object?[] { "done", "in flight", "refused", "queued" }, left.Select(r => r.Tag));
        Assert.Equal("done", left[0].Result);
        Assert.IsAssignableFrom<OperationCanceledException>(left[1].Error);
        Assert.True(left[3].WasNotSent);
        Assert.Equal(new[] { "done", "in flight" }, writes.Started);
    }

    [Fact]
    public void A_batch_stopped_in_flight_fails_every_row_with_it()
    {
        using var cancellation = new CancellationTokenSource();
        var batches = new GatedBatches();
        var run = new BulkWriteRun("New-KvCustomer", "created", 4, cancellation.Token);
        var writer = batches.Writer(batchSize: 100);
        for (var i = 1; i <= 40; i++)
        {
            run.Add(writer, i, i);
        }

        run.Complete();
        batches.WaitStarted(1);
        cancellation.Cancel();
        var left = run.Abandon();

        Assert.Equal(40, left.Count);
        Assert.All(left, r => Assert.True(r.FailedWithBatch));
        Assert.Single(left.Select(r => r.Batch).Distinct());
    }

    private static BulkWriteRun NewRun(int maxInFlight = 4) => new("New-KvCustomer", "created", maxInFlight, CancellationToken.None);

    private static List<BulkOutcome> TakeAll(BulkWriteRun run)
    {
        var outcomes = new List<BulkOutcome>();
        while (run.HasRows)
        {
            outcomes.Add(TakeNext(run));
        }

        return outcomes;
    }

    private static BulkOutcome TakeNext(BulkWriteRun run)
    {
        var head = run.NextToReport()!;
        Assert.True(head.Completion.Wait(Patience), $"row {head.Number} never completed");
        return run.TakeHead();
    }

    private static KiotVietApiException Unavailable() => new(KiotVietErrorKind.ServerError, "503", mayHaveBeenApplied: false);

    private static KiotVietApiException Refused() => new(KiotVietErrorKind.Validation, "bad e-mail");

    /// <summary>Single writes that end only when the test lets them, recording the order they started in.</summary>
    private sealed class GatedWrites
    {
        private readonly ConcurrentDictionary<string, TaskCompletionSource<string>> gates = new();
        private readonly List<string> started = new();
        private volatile bool open;

        public IReadOnlyList<string> Started
        {
            get
            {
                lock (started)
                {
                    return started.ToList();
                }
            }
        }

        public Func<CancellationToken, Task<string>> Write(string name) => ct =>
        {
            lock (started)
            {
                started.Add(name);
                Monitor.PulseAll(started);
            }

            var gate = Gate(name);
            ct.Register(() => gate.TrySetCanceled(ct));
            if (open)
            {
                gate.TrySetResult(name);
            }

            return gate.Task;
        };

        public void Finish(string name) => Gate(name).TrySetResult(name);

        public void Fail(string name, Exception error) => Gate(name).TrySetException(error);

        /// <summary>Lets every write end, those started and those to come.</summary>
        public void FinishAll()
        {
            open = true;
            foreach (var gate in gates.Values)
            {
                gate.TrySetResult("done");
            }
        }

        private TaskCompletionSource<string> Gate(string name) =>
            gates.GetOrAdd(name, _ => new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously));

        public void WaitStarted(int count)
        {
            lock (started)
            {
                var until = DateTime.UtcNow + Patience;
                while (started.Count < count && DateTime.UtcNow < until)
                {
                    Monitor.Wait(started, Patience);
                }

                Assert.True(started.Count >= count, $"{started.Count} writes started, {count} expected");
            }
        }
    }

    /// <summary>A resource with a bulk endpoint whose batches and single writes end only when the test lets them.</summary>
    private sealed class GatedBatches
    {
        private readonly List<int> sizes = new();
        private readonly List<TaskCompletionSource<bool>> gates = new();
        private bool open;
        private int alone;

        public IReadOnlyList<int> Sizes
        {
            get
            {
                lock (sizes)
                {
                    return sizes.ToList();
                }
            }
        }

        public int Alone => Volatile.Read(ref alone);

        public BulkWriter<int, string> Writer(int batchSize, Func<int, IReadOnlyCollection<string>>? keys = null) =>
            new BulkWriter<int, string>(WriteOneAsync, keys).WithBatches(WriteBatchAsync, _ => true, batchSize, smallestBatch: 10);

        public void WaitStarted(int batches) => WaitFor(() => sizes.Count >= batches, $"{batches} batches");

        public void WaitAlone(int rows) => WaitFor(() => Alone >= rows, $"{rows} rows alone");

        public void FinishAll()
        {
            lock (sizes)
            {
                open = true;
                foreach (var gate in gates)
                {
                    gate.TrySetResult(true);
                }
            }
        }

        private void WaitFor(Func<bool> done, string what)
        {
            lock (sizes)
            {
                var until = DateTime.UtcNow + Patience;
                while (!done() && DateTime.UtcNow < until)
                {
                    Monitor.Wait(sizes, Patience);
                }

                Assert.True(done(), $"waited for {what}");
            }
        }

        private Task Gate(CancellationToken ct)
        {
            var gate = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            ct.Register(() => gate.TrySetCanceled(ct));
            lock (sizes)
            {
                gates.Add(gate);
                if (open)
                {
                    gate.TrySetResult(true);
                }
            }

            return gate.Task;
        }

        private async Task<string> WriteOneAsync(int row, CancellationToken ct)
        {
            lock (sizes)
            {
                alone++;
                Monitor.PulseAll(sizes);
            }

            await Gate(ct);
            return $"alone {row}";
        }

        private async Task<IReadOnlyList<BatchRowOutcome<string>>> WriteBatchAsync(IReadOnlyList<int> rows, CancellationToken ct)
        {
            lock (sizes)
            {
                sizes.Add(rows.Count);
                Monitor.PulseAll(sizes);
            }

            await Gate(ct);
            return rows.Select(r => BatchRowOutcome<string>.Written($"batched {r}", sentAlone: false)).ToList();
        }
    }
}
