using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Unregisters KiotViet webhooks: KiotViet stops sending those events.</para>
/// </summary>
[Cmdlet(VerbsLifecycle.Unregister, "KvWebhook", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class UnregisterKvWebhookCommand : KvConnectedCmdlet
{
    /// <summary>The webhook id(s); binds from the Id of Get-KvWebhook output.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("WebhookId")]
    [ValidateRange(1, long.MaxValue)]
    public long[]? Id { get; set; }

    protected override void Process()
    {
        foreach (var id in Id!)
        {
            if (!ShouldProcess($"webhook {id}", "Unregister KiotViet webhook"))
            {
                continue;
            }

            try
            {
                var message = Await(ct => Shop.Webhooks.DeleteAsync(id, ct));
                WriteVerbose($"Webhook {id}: {message ?? "unregistered"}");
            }
            catch (KiotVietApiException ex)
            {
                WriteApiError(ex, id);
            }
        }
    }
}
