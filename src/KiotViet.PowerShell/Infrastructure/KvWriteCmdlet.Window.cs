using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Threading.Tasks;

namespace KiotViet.Commands.Infrastructure;

public abstract partial class KvWriteCmdlet
{
    /// <summary>A row whose write ended (or was cancelled) after the pipeline stopped, as the user is told it.</summary>
    private string Unreported<T>(Task<T> task, object? target)
    {
        var row = RowNames.Of(target);
        return task.Status == TaskStatus.RanToCompletion
            ? $"{row}: {WrittenAs}{(task.Result is IKiotVietEntity record ? $" (id {record.Id})" : string.Empty)}."
            : task.Exception?.InnerException is KiotVietApiException { MayHaveBeenApplied: false } refused
                ? $"{row}: not written ({refused.Message})"
                : $"{row}: stopped while in flight; KiotViet may have saved it.";
    }

    /// <summary>
    /// The pipeline stopped before these rows' outcomes were output (a line each, or one for many rows). It takes no
    /// more records, so the host is told directly: a row written but not output would be a write nobody knows of.
    /// </summary>
    private protected void TellUnreported(IReadOnlyList<string> lines, int? rowCount = null)
    {
        const int LinesShown = 10;
        if (lines.Count == 0)
        {
            return;
        }

        var shown = lines.Count <= LinesShown ? lines : lines.Take(LinesShown - 1).Append($"and {lines.Count - LinesShown + 1} more rows.");
        var text = $"{MyInvocation.MyCommand.Name} stopped with {rowCount ?? lines.Count} row(s) whose outcome was not output:"
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

    /// <summary>
    /// The rows of a bulk write that are in flight or waiting for their turn to be reported, oldest first. Writes run
    /// side by side, up to the window's size; outcomes are reported strictly in input order on the pipeline thread,
    /// each row's engine messages (verbose, waits) just before its outcome. A batch sender could add one
    /// <see cref="PendingWrite"/> per row over one shared request: the window counts and orders rows, not requests.
    /// </summary>
    private sealed class WriteWindow
    {
        /// <summary>Rows done but waiting for a slow row before them (one in a long back-off) hold back new rows past this many per write in flight.</summary>
        private const int RowsHeldPerWrite = 16;

        private readonly KvWriteCmdlet owner;
        private readonly int size;
        private readonly Queue<PendingWrite> rows = new();

        public WriteWindow(KvWriteCmdlet owner, int size)
        {
            this.owner = owner;
            this.size = size;
        }

        /// <summary>Before a write starts: room for it, and no row in flight holding one of its keys.</summary>
        public void Settle(IReadOnlyCollection<string>? conflictKeys)
        {
            // Rows whose turn has come are reported first, so a run that should stop (the circuit breaker) stops
            // before starting another write.
            ReportFinishedHeads();
            while (rows.Count(r => !r.Task.IsCompleted) >= size || rows.Count >= size * RowsHeldPerWrite
                || (conflictKeys is { Count: > 0 } && rows.Any(r => r.Conflicts(conflictKeys))))
            {
                ReportOldest();
            }
        }

        /// <summary>Adds a row and reports every row whose turn has come.</summary>
        public void Add(PendingWrite row)
        {
            rows.Enqueue(row);
            ReportFinishedHeads();
        }

        private void ReportFinishedHeads()
        {
            while (rows.Count > 0 && rows.Peek().Task.IsCompleted)
            {
                ReportOldest();
            }
        }

        /// <summary>Waits for every row and reports each (the end of the run, or before it stops).</summary>
        public void Drain()
        {
            while (rows.Count > 0)
            {
                ReportOldest();
            }
        }

        /// <summary>
        /// The command ends without reporting (Ctrl+C, a command further down the pipeline stopped it or failed): no
        /// write of it may still be running after it, so wait for those in flight (cancelled already after Ctrl+C),
        /// then tell the user through the host what became of each row whose outcome never reached the pipeline.
        /// </summary>
        public void Abandon()
        {
            var unreported = rows.ToArray();
            rows.Clear();
            try
            {
                Task.WaitAll(unreported.Select(r => r.Task).ToArray());
            }
            catch (AggregateException)
            {
                // Each row's own fault is told below.
            }

            owner.TellUnreported(unreported.Select(r => r.Unreported?.Invoke()).OfType<string>().ToList());
        }

        private void ReportOldest()
        {
            var row = rows.Peek();
            if (row.Messages is not null)
            {
                owner.WaitPumping(row.Task, row.Messages);
            }

            if (owner.IsCancelled)
            {
                Abandon();
                throw new PipelineStoppedException();
            }

            rows.Dequeue();
            row.Report();
        }
    }

    /// <summary>One row in the window: its write (completed already for a row refused or skipped before sending), its messages, its keys.</summary>
    private sealed class PendingWrite
    {
        private readonly IReadOnlyCollection<string>? conflictKeys;

        public PendingWrite(Task task, RequestMessageQueue? messages, IReadOnlyCollection<string>? conflictKeys, Action report, Func<string>? unreported = null)
        {
            Task = task;
            Messages = messages;
            this.conflictKeys = conflictKeys;
            Report = report;
            Unreported = unreported;
        }

        public Task Task { get; }

        public RequestMessageQueue? Messages { get; }

        /// <summary>Counts and writes the row's outcome; on the pipeline thread, in the row's turn.</summary>
        public Action Report { get; }

        /// <summary>What became of a write whose outcome was never reported, once its task has ended; null for a row that sent nothing.</summary>
        public Func<string>? Unreported { get; }

        public bool Conflicts(IReadOnlyCollection<string> keys) =>
            conflictKeys is not null && conflictKeys.Any(k => keys.Contains(k, StringComparer.OrdinalIgnoreCase));
    }
}
