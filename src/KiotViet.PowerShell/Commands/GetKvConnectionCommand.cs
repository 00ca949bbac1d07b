using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Gets the current KiotViet connection of this session.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "KvConnection")]
[OutputType(typeof(KiotVietConnection))]
public sealed class GetKvConnectionCommand : KvCmdlet
{
    protected override void End()
    {
        var current = ConnectionRegistry.Get();
        if (current is null)
        {
            WriteError(ErrorRecords.NotConnected());
            return;
        }

        WriteObject(current);
    }
}
