using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Resources;
using KiotViet.Writes;

namespace KiotViet.Commands.Infrastructure;

/// <summary>
/// A row write cmdlet that may send large pipelines through KiotViet's bulk endpoints: rows wait in input order,
/// are sent together, and each row's own outcome is reported in that order.
/// </summary>
public abstract class KvBatchWriteCmdlet<TRecord> : KvRowWriteCmdlet<TRecord>
    where TRecord : class
{
    /// <summary>
    /// How many rows go to KiotViet in one request of its bulk endpoints (2 to 100); 1 sends every row on its own.
    /// Rows are sent together only from <see cref="LargePipelineRows"/> rows on; output and errors keep the input order.
    /// </summary>
    [Parameter]
    [ValidateRange(1, BatchWriteClient<TRecord>.MaxRows)]
    public int BatchSize { get; set; } = BatchWriteClient<TRecord>.MaxRows;

    /// <summary>A pipeline of fewer rows is sent row by row: a batch costs a POST and a GET to read it back.</summary>
    internal const int LargePipelineRows = 10;

    /// <summary>Sends the rows waiting to be sent together (see <see cref="SendPending"/>).</summary>
    private protected abstract void SendWaiting();

    protected override void End()
    {
        SendWaiting();
        base.End();
    }

    /// <summary>Reports a row refused before sending after the rows waiting before it, so outcomes keep the input order.</summary>
    private protected void RefusedInTurn(ErrorRecord error)
    {
        SendWaiting();
        RefusedBeforeSending(error);
    }

    /// <summary>
    /// Sends the waiting rows: together when there are enough of them (see <see cref="BatchSize"/>), else one by one,
    /// and reports each row's own outcome in their order: <paramref name="written"/> for each record written.
    /// </summary>
    private protected void SendPending<TRow>(
        PendingRows<TRow> pending,
        Func<IReadOnlyList<TRow>, CancellationToken, Task<IReadOnlyList<BatchRowOutcome<TRecord>>>> sendTogether,
        Func<TRow, CancellationToken, Task<TRecord>> sendAlone,
        Action<TRecord> written)
    {
        var rows = pending.TakeAll();
        if (rows.Count < Math.Min(BatchSize, LargePipelineRows))
        {
            foreach (var row in rows)
            {
                if (TryWrite(row.Target, ct => sendAlone(row.Row, ct), out var record, row.UnknownOutcomeAdvice))
                {
                    written(record);
                }
            }

            return;
        }

        IReadOnlyList<BatchRowOutcome<TRecord>> outcomes;
        try
        {
            outcomes = Await(ct => sendTogether(rows.Select(r => r.Row).ToList(), ct));
        }
        catch (KiotVietApiException ex)
        {
            // Only what concerns the whole run reaches here (authentication, permission, the budget): it ends the run.
            ReportFailure(ex, rows[0].Target);
            return;
        }
        catch (PipelineStoppedException)
        {
            TellUnreported(new[] { $"{rows.Count} rows from {RowNames.Of(rows[0].Target)} to {RowNames.Of(rows[rows.Count - 1].Target)}: stopped while their batch was in flight; KiotViet may have saved them." }, rows.Count);
            throw;
        }

        // Every row joins the window at once, so a pipeline stopped half-way still tells what became of the others.
        for (var i = 0; i < rows.Count; i++)
        {
            var outcome = outcomes[i];
            var answer = outcome.Record is { } done ? Task.FromResult(done) : Task.FromException<TRecord>(outcome.Error!);
            Submit(rows[i].Target, _ => answer, written, rows[i].UnknownOutcomeAdvice);
        }

        ReportAll();
    }
}
