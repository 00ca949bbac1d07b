using System.Collections.Concurrent;
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
    /// <summary>The ids to write; the subclass declares the parameter, for its alias and help.</summary>
    public abstract long[]? Id { get; set; }

    /// <summary>The codes to write, where the records have codes: the subclass declares the parameter.</summary>
    public virtual string[]? Code { get; set; }

    /// <summary>The pipeline input as it came (an id, a record, a CSV row), kept as the target of any error.</summary>
    [Parameter(ValueFromPipeline = true, DontShow = true)]
    public override PSObject? InputObject { get; set; }

    /// <summary>What a record is called in messages: "customer", "invoice".</summary>
    private protected abstract string Noun { get; }

    private protected abstract Task<T> ReadAsync(long id, CancellationToken cancellationToken);

    /// <summary>Reads a record by its code, for the cmdlets that declare -Code.</summary>
    private protected virtual Task<T> ReadByCodeAsync(string code, CancellationToken cancellationToken) =>
        throw new System.NotSupportedException($"{Noun}s are not read by code.");


    /// <summary>Also cancels the document's payments (IsVoidPayment); without it they stand.</summary>
    [Parameter]
    public SwitchParameter VoidPayment { get; set; }

    /// <summary>Writes each cancelled document as KiotViet answered it.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    private protected override string WrittenAs => "cancelled";

    // The first cancel learns which request form the server takes, for the connection: the rest follow it.
    private protected override bool RowsAreIndependent => false;

    private string Action => VoidPayment ? $"Cancel KiotViet {Noun} and void its payments" : $"Cancel KiotViet {Noun}";

    private protected override string ResumeAdvice => $"Run the same command again: a {Noun} already cancelled is reported with a warning.";

    private protected abstract Task<T> CancelAsync(long id, bool voidPayment, CancellationToken cancellationToken);

    /// <summary>Code, total and customer of a document, for the prompt.</summary>
    private protected abstract (string? Code, decimal Total, string? Customer) PromptFacts(T document);

    /// <summary>True when the document stands cancelled.</summary>
    private protected abstract bool StandsCancelled(T document);

    // Documents KiotViet refused to cancel because they already were: reported as a warning, not an error.
    private readonly ConcurrentDictionary<long, byte> foundCancelled = new();

    protected override void Process() => WriteEachById<T, T>(Id, Code, Noun, Action, ReadAsync, ReadByCodeAsync, NameOf, WriteAsync, Written);

    private async Task<T> WriteAsync(long id, CancellationToken cancellationToken)
    {
        try
        {
            return await CancelAsync(id, VoidPayment, cancellationToken).ConfigureAwait(false);
        }
        catch (KiotVietApiException refused) when (refused.Kind == KiotVietErrorKind.Validation)
        {
            var current = await ReadOrNullAsync(id, cancellationToken).ConfigureAwait(false);
            if (current is null || !StandsCancelled(current))
            {
                throw;
            }

            foundCancelled[id] = 0;
            return current;
        }
    }

    private async Task<T?> ReadOrNullAsync(long id, CancellationToken cancellationToken)
    {
        try
        {
            return await ReadAsync(id, cancellationToken).ConfigureAwait(false);
        }
        catch (KiotVietApiException)
        {
            return null;
        }
    }

    private void Written(long id, T cancelled)
    {
        if (foundCancelled.TryRemove(id, out _))
        {
            CountAsUnchanged();
            WriteWarning($"{char.ToUpperInvariant(Noun[0])}{Noun.Substring(1)} {NameOf(cancelled)} (id {id}) was already cancelled: nothing changed{(VoidPayment ? ", its payments were left as they stand" : "")}.");
        }

        if (PassThru)
        {
            WriteObject(cancelled);
        }
    }

    private string NameOf(T document)
    {
        var (code, total, customer) = PromptFacts(document);
        return $"{code} total {total.ToString("#,0.##", CultureInfo.InvariantCulture)}" + (customer is null ? "" : $" {customer}");
    }
}
