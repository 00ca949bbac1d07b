using System;
using System.Collections.Generic;
using System.Management.Automation;

namespace KiotViet.Commands.Infrastructure;

/// <summary>
/// A write cmdlet whose fields bind from pipeline rows (CSV rows, or records of <typeparamref name="TRecord"/>).
/// When a record itself comes down the pipeline, its own properties also bind by name; only the fields named on
/// the command line count then (<see cref="Given"/>), so `Get-Kv… | Set-Kv… -Field x` changes exactly that field.
/// </summary>
public abstract class KvRowWriteCmdlet<TRecord> : KvWriteCmdlet
    where TRecord : class
{
    private HashSet<string> commandLineParameters = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The pipeline input as it came (a CSV row, a record), kept as the target of any error.</summary>
    [Parameter(ValueFromPipeline = true, DontShow = true)]
    public PSObject? InputObject { get; set; }

    /// <summary>The target of a row's errors: the row as it came, else what names it (<see cref="RowLabel"/>).</summary>
    protected object? ErrorTarget => InputObject ?? RowLabel;

    /// <summary>What names the row when it did not come from the pipeline: its name, code or id.</summary>
    private protected abstract object? RowLabel { get; }

    protected override object? CurrentTarget => ErrorTarget;

    protected override void Begin()
    {
        commandLineParameters = new HashSet<string>(MyInvocation.BoundParameters.Keys, StringComparer.OrdinalIgnoreCase);
        base.Begin();
    }

    /// <summary>True when the field was given for this row (for a piped record: on the command line).</summary>
    protected bool Given(string parameter) =>
        InputObject?.BaseObject is TRecord ? commandLineParameters.Contains(parameter) : MyInvocation.BoundParameters.ContainsKey(parameter);
}
