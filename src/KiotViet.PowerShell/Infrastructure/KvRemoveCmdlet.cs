using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;

namespace KiotViet.Commands.Infrastructure;

/// <summary>A Remove-Kv* cmdlet that deletes records by id; the answer's message goes to -Verbose.</summary>
public abstract class KvRemoveCmdlet<T> : KvWriteCmdlet
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

    /// <summary>How the prompt names a record once read.</summary>
    private protected abstract string NameOf(T record);

    /// <summary>Writes a removal record (EntityType, Id) for each record deleted, as -IncludeRemoved listings do.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    private protected override string WrittenAs => "deleted";

    private string Action => $"Delete KiotViet {Noun}";

    private protected override string ResumeAdvice => $"Run the same command again: {Noun}s already deleted are reported as not found.";

    private protected abstract Task<string?> DeleteAsync(long id, CancellationToken cancellationToken);

    protected override void Process() => WriteEachById<T, string?>(Id, Code, Noun, Action, ReadAsync, ReadByCodeAsync, NameOf, DeleteAsync, Written);

    private void Written(long id, string? message)
    {
        WriteVerbose($"{char.ToUpperInvariant(Noun[0])}{Noun.Substring(1)} {id}: {message ?? "deleted"}");
        if (PassThru)
        {
            WriteObject(new RemovedRecord(typeof(T).Name, id));
        }
    }
}
