using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;

namespace KiotViet.Commands.Infrastructure;

/// <summary>A Remove-Kv* cmdlet that deletes records by id; the answer's message goes to -Verbose.</summary>
public abstract class KvRemoveCmdlet<T> : KvByIdWriteCmdlet<T, string?>
    where T : class
{
    /// <summary>Writes a removal record (EntityType, Id) for each record deleted, as -IncludeRemoved listings do.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    private protected override string WrittenAs => "deleted";

    private protected override string Action => $"Delete KiotViet {Noun}";

    private protected override string ResumeAdvice => $"Run the same command again: {Noun}s already deleted are reported as not found.";

    private protected abstract Task<string?> DeleteAsync(long id, CancellationToken cancellationToken);

    private protected override Task<string?> WriteAsync(long id, CancellationToken cancellationToken) => DeleteAsync(id, cancellationToken);

    private protected override void Written(long id, string? message)
    {
        WriteVerbose($"{char.ToUpperInvariant(Noun[0])}{Noun.Substring(1)} {id}: {message ?? "deleted"}");
        if (PassThru)
        {
            WriteObject(new RemovedRecord(typeof(T).Name, id));
        }
    }
}
