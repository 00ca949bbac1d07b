using System.Globalization;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;

namespace KiotViet.Commands.Infrastructure;

/// <summary>
/// Cancels sale documents (invoices, orders: KiotViet's delete is a cancel) by id, from the pipeline or a CSV, with
/// -VoidPayment and -PassThru. The prompt names each document by code, total and customer.
/// </summary>
public abstract class KvCancelCmdlet<T> : KvWriteCmdlet
    where T : class
{
    /// <summary>The pipeline input as it came (a document, a CSV row), kept as the target of any error.</summary>
    [Parameter(ValueFromPipeline = true, DontShow = true)]
    public PSObject? InputObject { get; set; }

    /// <summary>Also cancels the document's payments (IsVoidPayment); without it they stand.</summary>
    [Parameter]
    public SwitchParameter VoidPayment { get; set; }

    /// <summary>Writes each cancelled document as KiotViet answered it.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <summary>The ids to cancel (the subclass declares the parameter, for its alias).</summary>
    private protected abstract long[] Ids { get; }

    /// <summary>"invoice", "order".</summary>
    private protected abstract string Noun { get; }

    private protected override string WrittenAs => "cancelled";

    private protected override string ResumeAdvice => $"Run the same command again: a {Noun} already cancelled is refused by KiotViet as such.";

    private protected abstract Task<T> ReadAsync(long id, CancellationToken cancellationToken);

    private protected abstract Task<T> CancelAsync(long id, bool voidPayment, CancellationToken cancellationToken);

    /// <summary>Code, total and customer of a document, for the prompt.</summary>
    private protected abstract (string? Code, decimal Total, string? Customer) Summary(T document);

    protected override void Process()
    {
        var ids = Ids;
        foreach (var id in ids)
        {
            var input = ids.Length == 1 ? InputObject : null;
            var target = input is not null && input.BaseObject is not long ? input : (object)id;
            var description = DescribeRecord(Noun, id, input, ct => ReadAsync(id, ct), Describe);
            if (!ShouldProcess(description, VoidPayment ? $"Cancel KiotViet {Noun} and void its payments" : $"Cancel KiotViet {Noun}"))
            {
                continue;
            }

            if (TryWrite(target, ct => CancelAsync(id, VoidPayment, ct), out var cancelled) && PassThru)
            {
                WriteObject(cancelled);
            }
        }
    }

    private string Describe(T document)
    {
        var (code, total, customer) = Summary(document);
        return $"{code} total {total.ToString("#,0.##", CultureInfo.InvariantCulture)}" + (customer is null ? "" : $" {customer}");
    }
}
