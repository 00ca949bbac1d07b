using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Paging;

namespace KiotViet.Commands.Infrastructure;

/// <summary>
/// Base of every cmdlet: runs engine calls on the pipeline thread while writing their messages as they come,
/// cancels them on Ctrl+C (StopProcessing), streams listings with progress, and maps failures to error records.
/// </summary>
public abstract class KvCmdlet : PSCmdlet, IDisposable
{
    private const int ProgressActivityId = 0x4B56; // "KV"
    private static readonly TimeSpan PumpInterval = TimeSpan.FromMilliseconds(100);

    private readonly CancellationTokenSource cancellation = new();
    private readonly RequestMessageQueue messages = new();
    private bool progressShown;

    protected CancellationToken CancellationToken => cancellation.Token;

    public void Dispose()
    {
        if (rowChecksDeferred)
        {
            rowChecksDeferred = false;
            RowBinding.Leave();
        }

        Release();
        cancellation.Dispose();
    }

    /// <summary>Called once the command is done or stopped, before its cancellation is disposed: end what still runs.</summary>
    protected virtual void Release()
    {
    }

    protected override void StopProcessing() => cancellation.Cancel();

    // The safety net: PowerShell calls these, the cmdlets override Begin/Process/End. Whatever a step did not
    // expect becomes an error record with a stable id instead of a raw .NET exception.
    protected sealed override void BeginProcessing()
    {
        RowBinding.Enter();
        rowChecksDeferred = true;
        Guarded(Begin, perItem: false);
    }

    protected sealed override void ProcessRecord() => Guarded(ProcessCheckedRow, perItem: true);

    private bool rowChecksDeferred;

    private void ProcessCheckedRow()
    {
        if (RowBinding.Problems(this, CurrentTarget) is { Count: > 0 } problems)
        {
            var row = CurrentTarget is null ? "The input" : $"Row {RowNames.Of(CurrentTarget)}";
            RefuseRow(ErrorRecords.InvalidInput("KiotVietInvalidRow", $"{row}: {string.Join(" ", problems)} Nothing was sent for it.", CurrentTarget));
            return;
        }

        Process();
    }

    /// <summary>A row whose values cannot be sent, found before the cmdlet's own checks; a write counts it as refused.</summary>
    private protected virtual void RefuseRow(ErrorRecord error) => WriteError(error);

    protected sealed override void EndProcessing() => Guarded(End, perItem: false);

    protected virtual void Begin()
    {
    }

    /// <summary>Once per pipeline item (once in all without pipeline input).</summary>
    protected virtual void Process()
    {
    }

    protected virtual void End()
    {
    }

    /// <summary>The item the current step works on, named as the target of an unexpected failure.</summary>
    protected virtual object? CurrentTarget => null;

    /// <summary>Runs one engine call to completion, writing its verbose/debug/wait messages meanwhile.</summary>
    protected T Await<T>(Func<CancellationToken, Task<T>> work)
    {
        var task = Start(work, messages);
        WaitPumping(task);
        return StopOnCancel(() => task.GetAwaiter().GetResult());
    }

    /// <summary>Starts an engine call whose messages go to <paramref name="observer"/> (one row's, written in its turn).</summary>
    private protected Task<T> Start<T>(Func<CancellationToken, Task<T>> work, RequestMessageQueue observer)
    {
        using (RequestObservation.Observe(observer))
        {
            return work(CancellationToken);
        }
    }

    /// <summary>Waits for a task started with <see cref="Start"/>, writing its messages (and the command's) as they come.</summary>
    private protected void WaitPumping(Task task, RequestMessageQueue observer)
    {
        while (!((IAsyncResult)task).AsyncWaitHandle.WaitOne(PumpInterval))
        {
            DrainMessages(observer);
            DrainMessages();
        }

        DrainMessages(observer);
        DrainMessages();
    }

    private protected bool IsCancelled => cancellation.IsCancellationRequested;

    /// <summary>Streams a listing item by item; shows progress once it spans several pages.</summary>
    protected IEnumerable<T> Stream<T>(PagedListing<T> listing, string activity)
        where T : class, IKiotVietEntity
    {
        listing.WaitWith(WaitPumping);
        var pagesSeen = 0;
        using var items = listing.GetEnumerator();
        try
        {
            while (true)
            {
                bool more;
                using (RequestObservation.Observe(messages))
                {
                    try
                    {
                        more = StopOnCancel(items.MoveNext);
                    }
                    finally
                    {
                        // What a page's checks reported (skipped rows) reaches the user even when the page ended the listing.
                        DrainMessagesUnlessStopped();
                    }
                }

                if (!more)
                {
                    yield break;
                }

                if (listing.PagesFetched != pagesSeen)
                {
                    pagesSeen = listing.PagesFetched;
                    ShowPageProgress(activity, listing);
                }

                yield return items.Current;
            }
        }
        finally
        {
            CompleteProgress(activity);
        }
    }

    /// <summary>Progress of a pipeline-fed bulk write, whose total is not known in advance.</summary>
    protected void WriteBulkProgress(string activity, string status)
    {
        WriteProgress(new ProgressRecord(ProgressActivityId, activity, status));
        progressShown = true;
    }

    /// <summary>Writes an engine failure: non-terminating when it concerns this item only, terminating otherwise.</summary>
    protected void WriteApiError(KiotVietApiException error, object? target, string? extraAdvice = null)
    {
        var record = ErrorRecords.FromApi(error, target, extraAdvice);
        if (ErrorRecords.IsTerminating(error))
        {
            ThrowTerminatingError(record);
        }

        WriteError(record);
    }

    /// <summary>Writes what the engine queued; call only on the pipeline thread.</summary>
    protected void DrainMessages() => DrainMessages(messages);

    /// <summary>Writes what one engine call queued; call only on the pipeline thread.</summary>
    private protected void DrainMessages(RequestMessageQueue queue)
    {
        while (queue.TryDequeue(out var message))
        {
            switch (message.Kind)
            {
                case RequestMessageKind.Verbose:
                    WriteVerbose(message.Text);
                    break;
                case RequestMessageKind.Debug:
                    WriteDebug(message.Text);
                    break;
                case RequestMessageKind.Warning:
                    WriteWarning(message.Text);
                    break;
                case RequestMessageKind.Waiting:
                    WriteVerbose(message.Text);
                    WriteProgress(new ProgressRecord(ProgressActivityId + 1, "KiotViet", message.Text) { SecondsRemaining = (int)Math.Ceiling(message.Delay!.Value.TotalSeconds) });
                    progressShown = true;
                    break;
            }
        }
    }

    /// <summary>
    /// Runs a step; an exception nobody mapped becomes an error record: a bad value of one pipeline item is a
    /// non-terminating error for that item, anything else stops the command. PowerShell's own exceptions (a
    /// terminating error already written, a stopped pipeline, -ErrorAction Stop) pass through untouched.
    /// </summary>
    private void Guarded(Action step, bool perItem)
    {
        try
        {
            step();
        }
        catch (Exception ex) when (ex is not (RuntimeException or OperationCanceledException) || (ex is OperationCanceledException && !cancellation.IsCancellationRequested))
        {
            DrainMessagesUnlessStopped();
            var record = ErrorRecords.Unexpected(ex, MyInvocation.MyCommand?.Name ?? GetType().Name, CurrentTarget);
            if (perItem && ErrorRecords.ConcernsOneItem(ex))
            {
                WriteError(record);
                return;
            }

            ThrowTerminatingError(record);
        }
        catch (OperationCanceledException)
        {
            throw new PipelineStoppedException();
        }
    }

    private void DrainMessagesUnlessStopped()
    {
        if (!cancellation.IsCancellationRequested)
        {
            DrainMessages();
        }
    }

    /// <summary>Ctrl+C cancels the engine call; PowerShell expects that to surface as a stopped pipeline.</summary>
    private TResult StopOnCancel<TResult>(Func<TResult> call)
    {
        try
        {
            return call();
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            throw new PipelineStoppedException();
        }
    }

    private void WaitPumping(Task task)
    {
        while (!((IAsyncResult)task).AsyncWaitHandle.WaitOne(PumpInterval))
        {
            DrainMessages();
        }

        DrainMessages();
    }

    private void ShowPageProgress<T>(string activity, PagedListing<T> listing)
        where T : class, IKiotVietEntity
    {
        if (listing.ExpectedItems is not { } expected || expected <= listing.PageSize)
        {
            return; // one page: over before a bar would help
        }

        var status = $"{listing.ItemsReturned:N0} of {expected:N0} (page {listing.PagesFetched})";
        var percent = (int)Math.Min(100, listing.ItemsReturned * 100 / Math.Max(1, expected));
        WriteProgress(new ProgressRecord(ProgressActivityId, activity, status) { PercentComplete = percent });
        progressShown = true;
    }

    /// <summary>Closes the progress bar, if one was shown.</summary>
    protected void CompleteProgress(string activity)
    {
        if (!progressShown || cancellation.IsCancellationRequested)
        {
            return;
        }

        progressShown = false;
        try
        {
            WriteProgress(new ProgressRecord(ProgressActivityId, activity, "Done") { RecordType = ProgressRecordType.Completed });
        }
        catch (PipelineStoppedException)
        {
            // Downstream stopped the pipeline (Select-Object -First); that exception is already on its way up.
        }
    }
}
