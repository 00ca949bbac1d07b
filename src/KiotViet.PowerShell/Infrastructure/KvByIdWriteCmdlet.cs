using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;

namespace KiotViet.Commands.Infrastructure;

/// <summary>
/// A write addressed by id (a delete, a cancel): ids piped alone, as records or as CSV rows; each record named in the
/// prompt by what it is ("product SP000001 Cà phê (id 5000001)"), each outcome counted and reported by
/// <see cref="KvWriteCmdlet"/>.
/// </summary>
public abstract class KvByIdWriteCmdlet<T, TResult> : KvWriteCmdlet
    where T : class
{
    protected const string IdSet = "Id";
    protected const string CodeSet = "Code";

    /// <summary>The ids to write; the subclass declares the parameter, for its alias and help.</summary>
    public abstract long[]? Id { get; set; }

    /// <summary>The codes to write, where the records have codes: the subclass declares the parameter.</summary>
    public virtual string[]? Code { get; set; }

    /// <summary>The pipeline input as it came (a record, a CSV row), kept as the target of any error.</summary>
    [Parameter(ValueFromPipeline = true, DontShow = true)]
    public PSObject? InputObject { get; set; }

    protected override object? CurrentTarget => InputObject;

    /// <summary>What a record is called in messages: "customer", "invoice".</summary>
    private protected abstract string Noun { get; }

    /// <summary>The ShouldProcess action: "Delete KiotViet product".</summary>
    private protected abstract string Action { get; }

    private protected abstract Task<T> ReadAsync(long id, CancellationToken cancellationToken);

    /// <summary>How the prompt names a record once read.</summary>
    private protected abstract string NameOf(T record);

    /// <summary>Reads a record by its code, for the cmdlets that declare -Code.</summary>
    private protected virtual Task<T> ReadByCodeAsync(string code, CancellationToken cancellationToken) =>
        throw new System.NotSupportedException($"{Noun}s are not read by code.");

    private protected abstract Task<TResult> WriteAsync(long id, CancellationToken cancellationToken);

    private protected abstract void Written(long id, TResult result);

    protected override void Process()
    {
        if (Code is { } codes)
        {
            foreach (var code in codes)
            {
                WriteByCode(code, codes.Length == 1 ? InputObject : null);
            }

            return;
        }

        var ids = Id!;
        foreach (var id in ids)
        {
            var input = ids.Length == 1 ? InputObject : null;
            var target = input is not null && input.BaseObject is not long ? input : (object)id;
            var description = DescribeRecord(Noun, id, input, ct => ReadAsync(id, ct), NameOf);
            if (ShouldProcess(description, Action))
            {
                Submit(target, ct => WriteAsync(id, ct), result => Written(id, result), conflictKeys: new[] { $"id:{id}" });
            }
        }
    }

    /// <summary>A record named by its code: read first (one GET), then written by its id; a code that names nothing is that row's error.</summary>
    private void WriteByCode(string code, PSObject? input)
    {
        var target = input ?? (object)code;
        T record;
        try
        {
            record = Await(ct => ReadByCodeAsync(code, ct));
        }
        catch (KiotVietApiException ex)
        {
            InTurn(() => ReportFailure(ex, target));
            return;
        }

        var id = ((IKiotVietEntity)record).Id;
        if (ShouldProcess($"{Noun} {NameOf(record)} (id {id})", Action))
        {
            Submit(target, ct => WriteAsync(id, ct), result => Written(id, result), conflictKeys: new[] { $"id:{id}" });
        }
    }
}
