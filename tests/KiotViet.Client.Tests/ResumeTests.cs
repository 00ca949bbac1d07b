using KiotViet.Sync;
using Xunit;

namespace KiotViet.Client.Tests;

/// <summary>
/// A -SyncState run stopped part-way (killed, or stopped in an orderly way) and started again with the same state:
/// it reads only what remains, nothing is lost, nothing comes twice after an orderly stop and at most two pages after
/// a kill, also when rows moved while no run was going.
/// </summary>
public sealed class ResumeTests : IDisposable
{
    private const string Shop = "resumeshop";
    private readonly string folder = Directory.CreateTempSubdirectory("kv-resume-").FullName;

    private string StatePath => Path.Combine(folder, "customers.json");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>A shop whose rows changed long before the run (as in a real first run) and whose pages carry the server's time.</summary>
    private static CustomerStore Store(int count) => new(count)
    {
        Row = id => $"{{\"id\":{id},\"code\":\"KH{id:000000}\",\"name\":\"Khách {id}\",\"modifiedDate\":\"{new DateTime(2025, 1, 1).AddMinutes(id):yyyy-MM-ddTHH:mm:ss}\"}}",
        Extra = _ => ",\"timestamp\":\"2026-12-05T07:00:00+07:00\"",
    };

    [Fact]
    public void A_first_run_killed_at_40_percent_goes_on_from_its_last_save_and_reads_only_what_remains()
    {
        var api = Store(20_000).Serve(new FakeApi());
        using var connection = api.Connect();

        var killed = Run(connection, stopAfter: 8_000, orderly: false);
        var requestsBefore = api.Requests.Count;
        var resumed = Run(connection);
        var resumedRequests = api.Requests.Skip(requestsBefore).ToList();

        var all = killed.Concat(resumed).ToList();
        Assert.Equal(20_000, all.Distinct().Count());
        var repeated = all.Count - 20_000;
        Assert.InRange(repeated, 1, 200);
        // The rest is 12,000 rows, 99 new ones a request: about 122 requests, plus the two pages read again.
        Assert.InRange(resumedRequests.Count, 122, 125);
        Assert.All(resumedRequests, r => Assert.Equal(100, r.PageSize));
        Assert.True(resumedRequests.Min(r => r.Offset) >= 7_800, "the resumed run does not read the start again");
        var state = SyncState.Load(StatePath)!;
        Assert.Null(state.Progress);
        Assert.Equal(1, state.CompletedRuns);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_run_stopped_in_an_orderly_way_goes_on_with_the_next_row_nothing_twice(bool currentHandedOut)
    {
        var api = Store(5_000).Serve(new FakeApi());
        using var connection = api.Connect();

        var stopped = Run(connection, stopAfter: 2_345, orderly: true, lastHandedOut: currentHandedOut);
        var resumed = Run(connection);

        Assert.Equal(Enumerable.Range(1, 5_000).Select(i => (long)i), stopped.Concat(resumed).OrderBy(i => i));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(150)]
    [InlineData(550)]
    public void Rows_removed_before_the_stop_while_no_run_went_do_not_make_the_resumed_run_skip_rows(int removed)
    {
        var store = Store(10_000);
        var api = store.Serve(new FakeApi());
        using var connection = api.Connect();

        var stopped = Run(connection, stopAfter: 4_321, orderly: true);
        store.Ids.RemoveRange(1_000, removed);
        var resumed = Run(connection);

        Assert.Equal(store.Ids, stopped.Concat(resumed).Where(store.Ids.Contains).OrderBy(i => i));
        Assert.Equal(stopped.Count + resumed.Count, stopped.Concat(resumed).Distinct().Count());
    }

    [Fact]
    public void Rows_moved_further_than_a_resumed_run_looks_back_make_it_read_its_window_again_not_skip_rows()
    {
        var store = Store(10_000);
        var api = store.Serve(new FakeApi());
        using var connection = api.Connect();
        var stopped = Run(connection, stopAfter: 6_000, orderly: true);
        store.Ids.RemoveRange(100, 3_000);

        var resumed = Run(connection);

        Assert.Empty(store.Ids.Except(stopped.Concat(resumed)));
        Assert.Equal(resumed.Count, resumed.Distinct().Count());
    }

    [Fact]
    public void An_incremental_run_resumes_inside_its_window_and_completes_with_the_first_runs_watermark()
    {
        var clock = "2026-12-05T07:00:00+07:00";
        var store = new CustomerStore(3_000) { Extra = _ => $",\"timestamp\":\"{clock}\"" };
        var api = store.Serve(new FakeApi());
        using var connection = api.Connect();
        Run(connection);
        clock = "2026-12-05T08:00:00+07:00";
        var completed = SyncState.Load(StatePath)!;
        // These rows carry no change time: forget them, as if each had changed since, so the next run reads them all.
        completed.Delivered.Clear();
        completed.Save(StatePath);

        Run(connection, stopAfter: 1_000, orderly: false);
        var inProgress = SyncState.Load(StatePath)!;
        Assert.Equal(completed.Watermark, inProgress.Watermark);
        Assert.Equal(completed.CompletedRuns, inProgress.CompletedRuns);
        Assert.Equal(completed.Watermark - completed.Overlap, inProgress.Progress!.From);
        Assert.InRange(inProgress.Progress.Position.ItemsBefore, 800, 1_000);

        var rest = Run(connection);
        Assert.InRange(rest.Count, 2_000, 2_200);
        var second = SyncState.Load(StatePath)!;
        Assert.Equal(2, second.CompletedRuns);
        Assert.Equal(DateTimeOffset.Parse("2026-12-05T08:00:00+07:00"), second.Watermark);
    }

    [Fact]
    public void Removals_reported_by_pages_before_a_kill_are_reported_once_by_the_run_that_completes()
    {
        var store = Store(1_000);
        store.Extra = offset => $",\"timestamp\":\"2026-12-05T07:00:00+07:00\",\"removedIds\":[{9_000 + (offset / 99)}]";
        var api = store.Serve(new FakeApi());
        using var connection = api.Connect(o => o.PageReadAhead = 1);

        Run(connection, stopAfter: 450, orderly: false);
        var removed = new List<long>();
        Run(connection, removedOut: removed);

        // Every page reported one removal: those of the pages before the kill come from the state, once.
        Assert.Equal(Enumerable.Range(9_000, 11).Select(i => (long)i), removed.Order());
    }

    [Fact]
    public void Removals_output_before_an_orderly_stop_are_not_output_again()
    {
        var store = Store(300);
        store.Extra = offset => $",\"timestamp\":\"2026-12-05T07:00:00+07:00\",\"removedIds\":[{9_000 + offset}]";
        var api = store.Serve(new FakeApi());
        using var connection = api.Connect();
        var state = new IncrementalRun(null, "Customer", Shop, IncrementalRun.DefaultOverlap);
        var listing = connection.Customers.List(new CustomerQuery(), new PageRequest(), default);
        foreach (var customer in listing)
        {
            state.Reached(listing);
            state.Delivered(customer);
        }

        var first = state.RemovedIds(listing).First();
        Assert.True(state.AdmitRemoval(first));
        state.Stopped(listing, currentHandedOut: true).Save(StatePath);

        var again = new IncrementalRun(SyncState.Load(StatePath), "Customer", Shop, IncrementalRun.DefaultOverlap);
        Assert.False(again.AdmitRemoval(first));
        Assert.True(again.AdmitRemoval(first + 99));
    }

    [Fact]
    public void Two_runs_on_one_state_at_once_are_refused_and_a_lock_nobody_holds_blocks_nothing()
    {
        File.WriteAllText(SyncStateLock.PathFor(StatePath), "process 999999 on a machine that was switched off\n");
        using (SyncStateLock.Acquire(StatePath))
        {
            var refused = Assert.Throws<SyncStateInUseException>(() => SyncStateLock.Acquire(StatePath));
            Assert.Contains("in use by another run", refused.Message);
            Assert.Equal(Path.GetFullPath(StatePath), refused.StatePath);
        }

        using (SyncStateLock.Acquire(StatePath))
        {
        }
    }

    /// <summary>One run as the cmdlet makes it: saves as it goes; stops after <paramref name="stopAfter"/> rows handed out, saving where (orderly) or not (killed).</summary>
    private List<long> Run(KiotVietConnection connection, int stopAfter = int.MaxValue, bool orderly = true, bool lastHandedOut = true, List<long>? removedOut = null)
    {
        using var held = SyncStateLock.Acquire(StatePath);
        var run = new IncrementalRun(SyncState.Load(StatePath), "Customer", Shop, IncrementalRun.DefaultOverlap);
        var listing = connection.Customers.List(new CustomerQuery { ModifiedSince = run.ModifiedSince?.UtcDateTime }, new PageRequest { ResumeAt = run.ResumeAt }, default);
        var handedOut = new List<long>();
        foreach (var customer in listing)
        {
            run.Reached(listing)?.Save(StatePath);
            if (!run.Admit(customer))
            {
                continue;
            }

            if (handedOut.Count == stopAfter - 1 && !lastHandedOut)
            {
                run.Stopped(listing, currentHandedOut: false).Save(StatePath);
                return handedOut;
            }

            handedOut.Add(customer.Id);
            run.Delivered(customer);
            if (handedOut.Count == stopAfter)
            {
                if (orderly)
                {
                    run.Stopped(listing, currentHandedOut: true).Save(StatePath);
                }

                return handedOut;
            }
        }

        removedOut?.AddRange(run.RemovedIds(listing).Where(run.AdmitRemoval));
        run.Complete(listing).Save(StatePath);
        return handedOut;
    }
}
