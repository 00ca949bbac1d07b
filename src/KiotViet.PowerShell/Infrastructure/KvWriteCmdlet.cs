using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Matching;

namespace KiotViet.Commands.Infrastructure;

/// <summary>
/// A cmdlet that writes one record per pipeline row. Each row ends in one outcome: written, skipped as existing,
/// refused (a non-terminating error with the row as target) or failed (likewise). Only run-level failures end the
/// run: authentication, permission, the request budget, and the service failing for
/// <see cref="BulkWriteDefaults.ConsecutiveFailuresBeforeStopping"/> rows in a row. Progress shows while it runs;
/// the <see cref="BulkWriteSummary"/> is written to the information stream at the end. Writes run several at a
/// time (<see cref="Submit"/>, <see cref="WriteWindow"/>); every row's outcome is still reported in input order.
/// The engine decides whether a failed write may have been applied; this class only reports it.
/// </summary>
public abstract partial class KvWriteCmdlet : KvConnectedCmdlet
{
    private BulkWriteSummary? summary;
    private WriteWindow? window;
    private bool stopping;
    private int failuresInARow;
    private CategoryIndex? categories;

    /// <summary>The progress activity, e.g. "Creating KiotViet customers".</summary>
    private protected abstract string Activity { get; }

    /// <summary>What a written row is called: created, updated, deleted.</summary>
    private protected abstract string WrittenAs { get; }

    /// <summary>How to finish the rows that were not done, for the message of a stopped run.</summary>
    private protected virtual string ResumeAdvice => "Run the command again for the rows that were not written.";

    private protected BulkWriteSummary Summary => summary ??= new BulkWriteSummary(MyInvocation.MyCommand.Name, WrittenAs);

    /// <summary>
    /// Sends one row's write and counts its outcome, waiting for it (and for the rows before it). False when it was
    /// not written: the error is already reported (or, for a run-level failure, thrown as terminating).
    /// </summary>
    private protected bool TryWrite<T>(object? target, Func<CancellationToken, Task<T>> write, out T result, string? unknownOutcomeAdvice = null, string? advice = null)
    {
        var written = false;
        var value = default(T)!;
        Submit(target, write, v => { value = v; written = true; }, unknownOutcomeAdvice, advice);
        ReportAll();
        result = value;
        return written;
    }

    /// <summary>
    /// Starts one row's write and returns while it is in flight; at most <see cref="KiotVietConnection.MaxWritesInFlight"/>
    /// are. Its outcome is reported on the pipeline thread in input order: counted, <paramref name="onWritten"/> called
    /// with the record (to write it), or its error written with <paramref name="target"/>. No two rows sharing a
    /// conflict key (the record's id or code, an e-mail) are in flight at once: the later waits for the earlier.
    /// </summary>
    private protected void Submit<T>(object? target, Func<CancellationToken, Task<T>> write, Action<T> onWritten, string? unknownOutcomeAdvice = null, string? advice = null, IReadOnlyCollection<string>? conflictKeys = null)
    {
        window ??= new WriteWindow(this, WindowSize());
        window.Settle(conflictKeys);
        var messages = new RequestMessageQueue();
        var task = Start(write, messages);
        window.Add(new PendingWrite(task, messages, conflictKeys, () => Outcome(task, target, onWritten, unknownOutcomeAdvice, advice), () => Unreported(task, target)));
    }

    /// <summary>Waits for every row in flight and reports each.</summary>
    private protected void ReportAll() => window?.Drain();

    /// <summary>Waits until no row in flight holds any of these keys (call before a check that depends on those rows, e.g. -SkipExisting).</summary>
    private protected void SettleConflicting(IReadOnlyCollection<string> conflictKeys) => window?.Settle(conflictKeys);

    private protected override void RefuseRow(ErrorRecord error) => RefusedBeforeSending(error);

    /// <summary>Counts a row refused by the checks before sending and reports it in its turn.</summary>
    private protected void RefusedBeforeSending(ErrorRecord error) => InTurn(() =>
    {
        Summary.Refused++;
        WriteError(error);
        ShowProgress();
    });

    private protected void SkippedAsExisting(string message) => InTurn(() =>
    {
        Summary.SkippedExisting++;
        WriteVerbose(message);
        ShowProgress();
    });

    /// <summary>Counts a row whose record already holds every value it gives (nothing is sent) and reports it in its turn.</summary>
    private protected void UnchangedInTurn(string message, Action? output = null) => InTurn(() =>
    {
        Summary.Unchanged++;
        WriteVerbose(message);
        output?.Invoke();
        ShowProgress();
    });

    /// <summary>Counts a row reported as written that proved to need nothing (a document already cancelled) as unchanged.</summary>
    private protected void CountAsUnchanged()
    {
        Summary.Written--;
        Summary.Unchanged++;
    }

    /// <summary>Reports a row's outcome once the rows before it are reported (at once when none is in flight).</summary>
    private protected void InTurn(Action report)
    {
        if (window is null)
        {
            report();
            return;
        }

        window.Add(new PendingWrite(Task.CompletedTask, null, null, report));
    }

    private void Outcome<T>(Task<T> task, object? target, Action<T> onWritten, string? unknownOutcomeAdvice, string? advice)
    {
        T result;
        try
        {
            result = task.GetAwaiter().GetResult();
        }
        catch (KiotVietApiException ex)
        {
            var hints = new[] { advice, ex.MayHaveBeenApplied ? unknownOutcomeAdvice : null }.Where(h => h is not null).ToList();
            ReportFailure(ex, target, hints.Count == 0 ? null : string.Join(" ", hints));
            return;
        }

        Summary.Written++;
        failuresInARow = 0;
        ShowProgress();
        onWritten(result);
    }

    /// <summary>False when a row's write may depend on the rows before it having been applied: then one at a time.</summary>
    private protected virtual bool RowsAreIndependent => true;

    // One at a time while the user is asked about each row (-Confirm), so answers and outcomes alternate.
    private int WindowSize() => RowsAreIndependent && !TargetWillBeShown() ? Shop.MaxWritesInFlight : 1;

    /// <summary>
    /// The record as ShouldProcess names it ("customer KH000123 Lê Văn An (id 1000001)"): from the piped object when
    /// it is one, else read from KiotViet when the prompt or -WhatIf will show it, else by id alone.
    /// </summary>
    private protected string DescribeRecord<T>(string noun, long id, object? input, Func<CancellationToken, Task<T>> read, Func<T, string> name)
        where T : class
    {
        var known = (input as PSObject)?.BaseObject as T ?? input as T;
        if (known is null && TargetWillBeShown())
        {
            try
            {
                known = Await(read);
            }
            catch (KiotVietApiException)
            {
                // Naming is a courtesy; the write itself reports a missing record.
            }
        }

        return known is null ? $"{noun} {id}" : $"{noun} {name(known)} (id {id})";
    }

    /// <summary>
    /// True when ShouldProcess will show its target to the user (-WhatIf, -Confirm, or $ConfirmPreference at or
    /// below this command's impact), so naming the record is worth a lookup.
    /// </summary>
    private protected bool TargetWillBeShown()
    {
        var bound = MyInvocation.BoundParameters;
        if (bound.TryGetValue("WhatIf", out var whatIf) || bound.TryGetValue("Confirm", out whatIf))
        {
            return LanguagePrimitives.IsTrue(whatIf);
        }

        if (LanguagePrimitives.IsTrue(GetVariableValue("WhatIfPreference")))
        {
            return true;
        }

        var impact = (Attribute.GetCustomAttribute(GetType(), typeof(CmdletAttribute)) as CmdletAttribute)?.ConfirmImpact ?? ConfirmImpact.Medium;
        var preference = GetVariableValue("ConfirmPreference") is ConfirmImpact p ? p : ConfirmImpact.High;
        return preference != ConfirmImpact.None && impact >= preference;
    }

    /// <summary>The shop's categories, read once per run when a row names one (a product's category, a parent).</summary>
    private protected CategoryIndex ShopCategories() =>
        ReadOncePerRun(ref categories, () => new CategoryIndex(Shop.Categories.ListFlat(CancellationToken).ToList()), "categories");

    /// <summary>
    /// A list of the shop's that rows are judged against (categories, customer groups), read the first time a row
    /// needs it. Without it no such row can be judged, so a failure to read it ends the run.
    /// </summary>
    private protected T ReadOncePerRun<T>(ref T? cache, Func<T> read, string what)
        where T : class
    {
        if (cache is null)
        {
            try
            {
                cache = read();
            }
            catch (KiotVietApiException ex)
            {
                StopRun(() => ErrorRecords.FromApi(ex, null, $"The {what} could not be read to judge the rows that name them."));
            }
        }

        return cache!;
    }

    protected override void End()
    {
        ReportAll();
        CompleteProgress(Activity);
        if (summary is not null)
        {
            WriteInformation(summary, new[] { BulkWriteDefaults.SummaryTag });
        }
    }

    /// <summary>
    /// Counts and reports a row whose write (or a read it needed) failed. A failure that concerns the run stops it:
    /// the rows still in flight are awaited and reported first, then the terminating error names the counts.
    /// </summary>
    private protected void ReportFailure(KiotVietApiException error, object? target, string? advice = null)
    {
        var record = ErrorRecords.FromApi(error, target, advice);
        if (ErrorRecords.IsRunLevel(error) && !stopping)
        {
            StopRun(() =>
            {
                record.ErrorDetails = new ErrorDetails($"{record.ErrorDetails.Message} {Done()}") { RecommendedAction = record.ErrorDetails.RecommendedAction };
                return record;
            });
        }

        if (ErrorRecords.IsRefusal(error))
        {
            Summary.Refused++;
            failuresInARow = 0;
        }
        else
        {
            Summary.Failed++;
            failuresInARow++;
        }

        WriteError(record);
        ShowProgress();
        if (failuresInARow >= BulkWriteDefaults.ConsecutiveFailuresBeforeStopping && !stopping)
        {
            var failures = failuresInARow;
            StopRun(() => new ErrorRecord(
                new InvalidOperationException($"Stopped: KiotViet failed for {failures} rows in a row (last: {error.Message}). {Done()} {ResumeAdvice}", error),
                "KiotVietServiceFailing",
                ErrorCategory.ResourceUnavailable,
                target));
        }
    }

    /// <summary>Ends the run: the rows in flight are awaited and reported (none stops it again), then the error is thrown.</summary>
    private protected void StopRun(Func<ErrorRecord> error)
    {
        stopping = true;
        ReportAll();
        CompleteProgress(Activity);
        ThrowTerminatingError(error());
    }

    protected override void Release() => window?.Abandon();

    private string Done() => $"Before stopping: {Summary}";

    private void ShowProgress() => WriteBulkProgress(Activity, Summary.Counts);
}
