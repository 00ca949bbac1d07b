using System.Management.Automation;

namespace KiotViet.Commands.Infrastructure;

/// <summary>A cmdlet that talks to a shop: -Connection, or else the runspace's current connection.</summary>
public abstract class KvConnectedCmdlet : KvCmdlet
{
    private KiotVietConnection? resolved;

    /// <summary>The connection to use (from Connect-KiotViet -PassThru); defaults to the current one.</summary>
    [Parameter]
    public KiotVietConnection? Connection { get; set; }

    protected KiotVietConnection Shop => resolved ?? throw new PSInvalidOperationException("The connection is resolved in BeginProcessing.");

    protected override void BeginProcessing()
    {
        var connection = Connection ?? ConnectionRegistry.Get();
        if (connection is null || connection.IsDisposed)
        {
            ThrowTerminatingError(ErrorRecords.NotConnected());
        }

        resolved = connection;
    }
}
