using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;

namespace KiotViet.Commands.Infrastructure;

/// <summary>
/// A Remove-Kv* cmdlet: deletes records by id (piped ids, records or CSV rows), each named in the prompt by what it
/// is ("product SP000001 Cà phê (id 5000001)"), each row's outcome counted and reported by <see cref="KvWriteCmdlet"/>.
/// </summary>
public abstract class KvRemoveCmdlet<T> : KvWriteCmdlet
    where T : class
{
    /// <summary>The ids to delete; binds from the Id of piped records.</summary>
    public abstract long[]? Id { get; set; }

    /// <summary>The pipeline input as it came (a record, a CSV row), kept as the target of any error.</summary>
    [Parameter(ValueFromPipeline = true, DontShow = true)]
    public PSObject? InputObject { get; set; }

    protected override object? CurrentTarget => InputObject;

    /// <summary>What a record is called in messages: "customer", "product".</summary>
    private protected abstract string Noun { get; }

    private protected override string WrittenAs => "deleted";

    private protected override string ResumeAdvice => $"Run the same command again: {Noun}s already deleted are reported as not found.";

    private protected abstract Task<T> ReadAsync(long id, CancellationToken cancellationToken);

    private protected abstract string NameOf(T record);

    private protected abstract Task<string?> DeleteAsync(long id, CancellationToken cancellationToken);

    protected override void Process()
    {
        foreach (var id in Id!)
        {
            var target = Id!.Length == 1 && InputObject is not null && InputObject.BaseObject is not long ? InputObject : (object)id;
            var description = DescribeRecord(Noun, id, Id.Length == 1 ? InputObject : null, ct => ReadAsync(id, ct), NameOf);
            if (!ShouldProcess(description, $"Delete KiotViet {Noun}"))
            {
                continue;
            }

            if (TryWrite(target, ct => DeleteAsync(id, ct), out var message))
            {
                WriteVerbose($"{char.ToUpperInvariant(Noun[0])}{Noun.Substring(1)} {id}: {message ?? "deleted"}");
            }
        }
    }
}
