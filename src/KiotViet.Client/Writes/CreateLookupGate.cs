using System;
using System.Threading;
using System.Threading.Tasks;

namespace KiotViet.Writes;

/// <summary>
/// Keeps the lookup of a create whose answer was lost apart from the other creates in flight. Such a lookup claims
/// an unreported record that fits; while another create of the same fields is still waiting for its answer, the
/// record that create made is unreported too, and would be claimed twice. So a lookup waits until every create sent
/// before it has its answer (or lost it), holds back new sends meanwhile, and lookups run one at a time.
/// Sends run side by side; only lost answers, which are rare, serialise.
/// </summary>
internal sealed class CreateLookupGate
{
    private readonly object sync = new();
    private readonly SemaphoreSlim oneLookup = new(1, 1);
    private int sending;
    private TaskCompletionSource<bool>? sendsFinished;
    private TaskCompletionSource<bool>? lookupFinished;

    /// <summary>Enters a create's send; waits while a lookup runs. Dispose when its answer (or its loss) is handled.</summary>
    public async Task<IDisposable> EnterSendAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task waitFor;
            lock (sync)
            {
                if (lookupFinished is null)
                {
                    sending++;
                    return new Release(LeaveSend);
                }

                waitFor = lookupFinished.Task;
            }

            await WaitAsync(waitFor, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Enters a lookup once the creates sent before it have their answers. Dispose when its record is reported.</summary>
    public async Task<IDisposable> EnterLookupAsync(CancellationToken cancellationToken)
    {
        await oneLookup.WaitAsync(cancellationToken).ConfigureAwait(false);
        Task drained;
        lock (sync)
        {
            lookupFinished = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            sendsFinished = sending == 0 ? null : new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            drained = sendsFinished?.Task ?? Task.CompletedTask;
        }

        try
        {
            await WaitAsync(drained, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            LeaveLookup();
            throw;
        }

        return new Release(LeaveLookup);
    }

    private void LeaveSend()
    {
        lock (sync)
        {
            if (--sending == 0)
            {
                sendsFinished?.TrySetResult(true);
            }
        }
    }

    private void LeaveLookup()
    {
        TaskCompletionSource<bool>? finished;
        lock (sync)
        {
            finished = lookupFinished;
            lookupFinished = null;
            sendsFinished = null;
        }

        finished?.TrySetResult(true);
        oneLookup.Release();
    }

    private static async Task WaitAsync(Task task, CancellationToken cancellationToken)
    {
        if (task.IsCompleted)
        {
            return;
        }

        var cancelled = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        using (cancellationToken.Register(() => cancelled.TrySetResult(true)))
        {
            await Task.WhenAny(task, cancelled.Task).ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
    }

    private sealed class Release : IDisposable
    {
        private Action? leave;

        public Release(Action leave) => this.leave = leave;

        public void Dispose() => Interlocked.Exchange(ref leave, null)?.Invoke();
    }
}
