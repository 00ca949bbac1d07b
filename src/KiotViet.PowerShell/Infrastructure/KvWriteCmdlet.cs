using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Matching;
using KiotViet.Writes;

namespace KiotViet.Commands.Infrastructure;

/// <summary>
/// The one base of the write cmdlets: rows in, outcomes out. Each pipeline row ends in one outcome: written, skipped
/// as existing, unchanged, refused (a non-terminating error with the row as target) or failed (likewise). The
/// scheduling is the engine's <see cref="BulkWriteRun"/> (docs/design.md, "The write rule"): rows go alone or in
/// batches, several in flight, outcomes in input order, counts, the circuit breaker. This class only feeds it rows
/// and writes what it gives back on the pipeline thread (<c>WriteObject</c>, <c>WriteError</c>, progress, the
/// <see cref="BulkWriteSummary"/> on the information stream); <c>StopProcessing</c> stops the run, and the host is
/// told what became of the rows in flight.
/// </summary>
public abstract partial class KvWriteCmdlet : KvCmdlet
{
    protected const string IdSet = "Id";
    protected const string CodeSet = "Code";

    private static readonly RequestMessageQueue NoMessages = new();

    private KiotVietConnection? resolved;
    private BulkWriteRun? run;
    private bool stopping;
    private CategoryIndex? categories;
    private HashSet<string> commandLineParameters = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The connection to use (from Connect-KiotViet -PassThru); defaults to the current one.</summary>
    [Parameter]
    public KiotVietConnection? Connection { get; set; }

    /// <summary>
    /// The pipeline input as it came (a CSV row, a record), kept as the target of any error. Not a parameter here: a
    /// cmdlet that takes whole rows from the pipeline declares it (override with <c>[Parameter(ValueFromPipeline)]</c>).
    /// </summary>
    public virtual PSObject? InputObject { get; set; }

    protected KiotVietConnection Shop => resolved ?? throw new PSInvalidOperationException("The connection is resolved in BeginProcessing.");

    /// <summary>The progress activity, e.g. "Creating KiotViet customers".</summary>
    private protected abstract string Activity { get; }

    /// <summary>What a written row is called: created, updated, deleted.</summary>
    private protected abstract string WrittenAs { get; }

    /// <summary>How to finish the rows that were not done, for the message of a stopped run.</summary>
    private protected virtual string ResumeAdvice => "Run the command again for the rows that were not written.";

    /// <summary>False when a row's write may depend on the rows before it having been applied: then one at a time.</summary>
    private protected virtual bool RowsAreIndependent => true;

    /// <summary>The record type whose own properties bind by name when one is piped (see <see cref="Given"/>); null for none.</summary>
    private protected virtual Type? RecordType => null;

    /// <summary>What names the row when it did not come from the pipeline: its name, code or id.</summary>
    private protected virtual object? RowLabel => null;

    /// <summary>The target of a row's errors: the row as it came, else what names it (<see cref="RowLabel"/>).</summary>
    protected object? ErrorTarget => InputObject ?? RowLabel;

    protected override object? CurrentTarget => ErrorTarget;

    private protected BulkWriteSummary Summary => Run().Summary;

    protected override void Begin()
    {
        resolved = KvConnectedCmdlet.Resolve(Connection);
        if (resolved is null)
        {
            ThrowTerminatingError(ErrorRecords.NotConnected());
        }

        commandLineParameters = new HashSet<string>(MyInvocation.BoundParameters.Keys, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// True when the field was given for this row. When a record of <see cref="RecordType"/> comes down the pipeline,
    /// its own properties also bind by name; only the fields named on the command line count then, so
    /// `Get-Kv… | Set-Kv… -Field x` changes exactly that field.
    /// </summary>
    protected bool Given(string parameter) =>
        RecordType is { } type && InputObject?.BaseObject is { } piped && type.IsInstanceOfType(piped)
            ? commandLineParameters.Contains(parameter)
            : MyInvocation.BoundParameters.ContainsKey(parameter);

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
    /// Hands one row's write to the run and returns while it is in flight. Its outcome is reported on the pipeline
    /// thread in input order: counted, <paramref name="onWritten"/> called with the record (to write it), or its error
    /// written with <paramref name="target"/>. No two rows sharing a conflict key (the record's id or code, an e-mail)
    /// are in flight at once: the later waits for the earlier, and the rows after it go on.
    /// </summary>
    private protected void Submit<T>(object? target, Func<CancellationToken, Task<T>> write, Action<T> onWritten, string? unknownOutcomeAdvice = null, string? advice = null, IReadOnlyCollection<string>? conflictKeys = null)
    {
        var bulk = BeforeAdding(alone: true);
        var messages = new RequestMessageQueue();
        bulk.Add(write, new RowReport(target, v => onWritten((T)v!), unknownOutcomeAdvice, advice), messages, conflictKeys);
        ReportFinishedHeads();
    }

    /// <summary>
    /// Hands one row of a resource with bulk endpoints to the run: it goes into the writer's batch when a batch can
    /// carry it, else alone; reported as <see cref="Submit"/> says.
    /// </summary>
    private protected void SubmitRow<TRow, TResult>(BulkWriter<TRow, TResult> writer, TRow row, object? target, Action<TResult> onWritten, string? unknownOutcomeAdvice = null, IReadOnlyCollection<string>? moreKeys = null)
        where TResult : class
    {
        var bulk = BeforeAdding(alone: !writer.Batches(row));
        var messages = new RequestMessageQueue();
        bulk.Add(writer, row, new RowReport(target, v => onWritten((TResult)v!), unknownOutcomeAdvice, null), messages, moreKeys);
        ReportFinishedHeads();
    }

    /// <summary>Waits for every row in flight and reports each.</summary>
    private protected void ReportAll()
    {
        while (run?.HasRows == true)
        {
            ReportOldest();
        }
    }

    /// <summary>Waits until no row not yet reported holds any of these keys (call before a check that depends on those rows, e.g. -SkipExisting).</summary>
    private protected void SettleConflicting(IReadOnlyCollection<string> conflictKeys)
    {
        if (run is null)
        {
            return;
        }

        run.Send(conflictKeys);
        while (run.Holds(conflictKeys))
        {
            ReportOldest();
        }
    }

    private protected override void RefuseRow(ErrorRecord error) => RefusedBeforeSending(error);

    /// <summary>Counts a row refused by the checks before sending and reports it in its turn; it holds up no other row.</summary>
    private protected void RefusedBeforeSending(ErrorRecord error) => Known(BulkRowEntry.Refused, () => WriteError(error));

    private protected void SkippedAsExisting(string message) => Known(BulkRowEntry.SkippedExisting, () => WriteVerbose(message));

    /// <summary>Counts a row whose record already holds every value it gives (nothing is sent) and reports it in its turn.</summary>
    private protected void UnchangedInTurn(string message, Action? output = null) => Known(BulkRowEntry.Unchanged, () =>
    {
        WriteVerbose(message);
        output?.Invoke();
    });

    /// <summary>Counts and reports, in its turn, a row whose write could not be sent because a read it needed failed.</summary>
    private protected void FailedInTurn(KiotVietApiException error, object? target, string? advice = null)
    {
        Run().AddFailed(error, new RowReport(target, null, null, advice));
        ReportFinishedHeads();
    }

    /// <summary>Counts a row reported as written that proved to need nothing (a document already cancelled) as unchanged.</summary>
    private protected void CountAsUnchanged() => Run().CountAsUnchanged();

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
    /// Writes records named by id (each of <paramref name="ids"/>) or by code (each of <paramref name="codes"/>, read
    /// first: one GET), each named in the prompt by what it is ("product SP000001 Cà phê (id 5000001)"); a code that
    /// names nothing is that row's error. Two rows of one record are written one after the other.
    /// </summary>
    private protected void WriteEachById<T, TResult>(
        long[]? ids,
        string[]? codes,
        string noun,
        string action,
        Func<long, CancellationToken, Task<T>> read,
        Func<string, CancellationToken, Task<T>> readByCode,
        Func<T, string> nameOf,
        Func<long, CancellationToken, Task<TResult>> write,
        Action<long, TResult> written)
        where T : class
    {
        if (codes is not null)
        {
            foreach (var code in codes)
            {
                var target = (codes.Length == 1 ? InputObject : null) ?? (object)code;
                T record;
                try
                {
                    record = Await(ct => readByCode(code, ct));
                }
                catch (KiotVietApiException ex)
                {
                    FailedInTurn(ex, target);
                    continue;
                }

                var id = ((IKiotVietEntity)record).Id;
                if (ShouldProcess($"{noun} {nameOf(record)} (id {id})", action))
                {
                    Submit(target, ct => write(id, ct), result => written(id, result), conflictKeys: BulkWriters.IdKey(id));
                }
            }

            return;
        }

        foreach (var id in ids!)
        {
            var input = ids.Length == 1 ? InputObject : null;
            var target = input is not null && input.BaseObject is not long ? input : (object)id;
            if (ShouldProcess(DescribeRecord(noun, id, input, ct => read(id, ct), nameOf), action))
            {
                Submit(target, ct => write(id, ct), result => written(id, result), conflictKeys: BulkWriters.IdKey(id));
            }
        }
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
        run?.Complete();
        ReportAll();
        CompleteProgress(Activity);
        if (run is not null)
        {
            WriteInformation(run.Summary, new[] { BulkWriteDefaults.SummaryTag });
        }
    }

    /// <summary>Ends the run: the rows in flight are awaited and reported (none stops it again), then the error is thrown.</summary>
    private protected void StopRun(Func<ErrorRecord> error)
    {
        stopping = true;
        run?.Stop();
        ReportAll();
        CompleteProgress(Activity);
        ThrowTerminatingError(error());
    }

    /// <summary>
    /// The command ends without reporting (Ctrl+C, a command further down the pipeline stopped it or failed): no
    /// write of it may still be running after it, so the run waits for those in flight (cancelled already after
    /// Ctrl+C), then the host is told what became of each row whose outcome never reached the pipeline.
    /// </summary>
    protected override void Release()
    {
        if (run is not null)
        {
            TellUnreported(run.Abandon());
        }
    }

    // One at a time while the user is asked about each row (-Confirm), so answers and outcomes alternate.
    private BulkWriteRun Run() =>
        run ??= new BulkWriteRun(MyInvocation.MyCommand.Name, WrittenAs, RowsAreIndependent && !TargetWillBeShown() ? Shop.MaxWritesInFlight : 1, CancellationToken);

    /// <summary>Before a row is added: with one write at a time, the rows before are reported first; else only when too many wait.</summary>
    private BulkWriteRun BeforeAdding(bool alone)
    {
        var bulk = Run();
        if (alone && bulk.MaxInFlight == 1)
        {
            ReportAll();
        }

        // Rows whose turn has come are reported first, so a run that should stop (the circuit breaker) stops
        // before another write starts.
        ReportFinishedHeads();
        while (bulk.Full)
        {
            ReportOldest();
        }

        return bulk;
    }

    private void Known(BulkRowEntry entry, Action report)
    {
        Run().AddKnown(entry, new RowReport(null, null, null, null) { Report = report });
        ReportFinishedHeads();
    }

    private void ReportFinishedHeads()
    {
        while (run?.Head is { IsComplete: true })
        {
            ReportOldest();
        }
    }

    private void ReportOldest()
    {
        var head = run!.NextToReport();
        if (head is null)
        {
            return;
        }

        WaitPumping(head.Completion, head.Observer as RequestMessageQueue ?? NoMessages);
        if (IsCancelled)
        {
            TellUnreported(run.Abandon());
            throw new PipelineStoppedException();
        }

        var outcome = run.TakeHead();
        var row = (RowReport)outcome.Row.Tag!;
        switch (outcome.Kind)
        {
            case BulkOutcomeKind.Written:
                ShowProgress();
                row.Written!(outcome.Row.Result);
                break;
            case BulkOutcomeKind.NotSent:
                break;
            case BulkOutcomeKind.Crashed:
                ExceptionDispatchInfo.Capture(outcome.Row.Error!).Throw();
                break;
            default:
                if (row.Report is { } report)
                {
                    report();
                    ShowProgress();
                }
                else
                {
                    ReportFailure(outcome, row);
                }

                break;
        }
    }

    /// <summary>
    /// Reports a row whose write (or a read it needed) failed, as the run counted it. A failure that concerns the run
    /// stops it: the rows still in flight are awaited and reported first, then the terminating error names the counts.
    /// </summary>
    private void ReportFailure(BulkOutcome outcome, RowReport row)
    {
        var error = (KiotVietApiException)outcome.Row.Error!;
        var hints = new[] { row.Advice, error.MayHaveBeenApplied ? row.UnknownOutcomeAdvice : null }.Where(h => h is not null).ToList();
        var record = ErrorRecords.FromApi(error, row.Target, hints.Count == 0 ? null : string.Join(" ", hints));
        if (outcome.Stop == BulkStop.ConcernsRun && !stopping)
        {
            StopRun(() =>
            {
                record.ErrorDetails = new ErrorDetails($"{record.ErrorDetails.Message} {Done()}") { RecommendedAction = record.ErrorDetails.RecommendedAction };
                return record;
            });
        }

        WriteError(record);
        ShowProgress();
        if (outcome.Stop == BulkStop.ServiceFailing && !stopping)
        {
            StopRun(() => new ErrorRecord(
                new InvalidOperationException($"Stopped: KiotViet failed for {outcome.FailuresInARow} rows in a row (last: {error.Message}). {Done()} {ResumeAdvice}", error),
                "KiotVietServiceFailing",
                ErrorCategory.ResourceUnavailable,
                row.Target));
        }
    }

    /// <summary>
    /// The pipeline stopped before these rows' outcomes were output (a line each, one for the rows of a batch stopped
    /// in flight). It takes no more records, so the host is told directly: a row written but not output would be a
    /// write nobody knows of.
    /// </summary>
    private void TellUnreported(IReadOnlyList<BulkRow> rows)
    {
        const int LinesShown = 10;
        var lines = new List<string>();
        var rowCount = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Entry != BulkRowEntry.Write || row.WasNotSent)
            {
                continue; // it sent nothing, like a row never read
            }

            var name = RowNames.Of(((RowReport)row.Tag!).Target);
            if (row.FailedWithBatch && row.Error is not KiotVietApiException { MayHaveBeenApplied: false })
            {
                var last = i;
                while (last + 1 < rows.Count && rows[last + 1].Batch == row.Batch && rows[last + 1].FailedWithBatch)
                {
                    last++;
                }

                var count = last - i + 1;
                lines.Add($"{count} rows from {name} to {RowNames.Of(((RowReport)rows[last].Tag!).Target)}: stopped while their batch was in flight; KiotViet may have saved them.");
                rowCount += count;
                i = last;
                continue;
            }

            rowCount++;
            lines.Add(row.IsComplete && row.Error is null
                ? $"{name}: {WrittenAs}{(row.Result is IKiotVietEntity record ? $" (id {record.Id})" : string.Empty)}."
                : row.Error is KiotVietApiException { MayHaveBeenApplied: false } refused
                    ? $"{name}: not written ({refused.Message})"
                    : $"{name}: stopped while in flight; KiotViet may have saved it.");
        }

        if (lines.Count == 0)
        {
            return;
        }

        var shown = lines.Count <= LinesShown ? lines : lines.Take(LinesShown - 1).Append($"and {lines.Count - LinesShown + 1} more rows.");
        var text = $"{MyInvocation.MyCommand.Name} stopped with {rowCount} row(s) whose outcome was not output:"
            + string.Concat(shown.Select(r => Environment.NewLine + "  " + r))
            + Environment.NewLine + ResumeAdvice;
        try
        {
            Host.UI.WriteWarningLine(text);
        }
        catch (Exception ex) when (ex is PipelineStoppedException or HostException)
        {
            // The host refused to show it (it is stopping too, or cannot write): nothing more can be told.
        }
    }

    private string Done() => $"Before stopping: {run!.Summary}";

    private void ShowProgress() => WriteBulkProgress(Activity, run!.Summary.Counts);

    /// <summary>What the cmdlet keeps with each row: its target, how to write its outcome, the advice for its errors.</summary>
    private sealed class RowReport
    {
        public RowReport(object? target, Action<object?>? written, string? unknownOutcomeAdvice, string? advice)
        {
            Target = target;
            Written = written;
            UnknownOutcomeAdvice = unknownOutcomeAdvice;
            Advice = advice;
        }

        public object? Target { get; }

        public Action<object?>? Written { get; }

        public string? UnknownOutcomeAdvice { get; }

        public string? Advice { get; }

        /// <summary>For a row known before sending (refused, skipped, unchanged): writes it.</summary>
        public Action? Report { get; set; }
    }
}
