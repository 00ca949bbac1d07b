using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Closes a KiotViet connection and forgets its token.</para>
/// </summary>
[Cmdlet(VerbsCommunications.Disconnect, "KiotViet")]
[OutputType(typeof(void))]
public sealed class DisconnectKiotVietCommand : KvCmdlet
{
    /// <summary>The connection to close; defaults to the current one.</summary>
    [Parameter(ValueFromPipeline = true)]
    public KiotVietConnection? Connection { get; set; }

    protected override void Process()
    {
        var current = ConnectionRegistry.Get();
        var target = Connection ?? current;
        if (target is null)
        {
            WriteVerbose("No KiotViet connection to close.");
            return;
        }

        if (ReferenceEquals(target, current))
        {
            ConnectionRegistry.Set(null);
        }

        target.Dispose();
        WriteVerbose($"Disconnected from {target}.");
    }
}
