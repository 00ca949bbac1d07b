namespace KiotViet.Client.Tests;

/// <summary>
/// A clock on which no wait takes real time: every timer fires at once and moves the clock forward by its due time,
/// so a back-off of minutes passes in microseconds and a test can still read how much time went by.
/// </summary>
internal sealed class JumpingClock : TimeProvider
{
    private readonly object gate = new();
    private DateTimeOffset now;

    public JumpingClock(DateTimeOffset? start = null) => Started = now = start ?? DateTimeOffset.UtcNow;

    public DateTimeOffset Started { get; }

    /// <summary>How far the clock has moved since it was made.</summary>
    public TimeSpan Elapsed => GetUtcNow() - Started;

    public override DateTimeOffset GetUtcNow()
    {
        lock (gate)
        {
            return now;
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (gate)
        {
            now += by;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new Timer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private sealed class Timer : ITimer
    {
        private readonly JumpingClock clock;
        private readonly TimerCallback callback;
        private readonly object? state;
        private int generation;

        public Timer(JumpingClock clock, TimerCallback callback, object? state)
        {
            this.clock = clock;
            this.callback = callback;
            this.state = state;
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            var mine = Interlocked.Increment(ref generation);
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                return true;
            }

            ThreadPool.QueueUserWorkItem(_ =>
            {
                if (Volatile.Read(ref generation) == mine)
                {
                    clock.Advance(dueTime);
                    callback(state);
                }
            });
            return true;
        }

        public void Dispose() => Interlocked.Increment(ref generation);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
