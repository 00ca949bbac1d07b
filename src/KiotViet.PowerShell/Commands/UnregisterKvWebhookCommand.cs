using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Unregisters KiotViet webhooks: KiotViet stops sending those events.</para>
/// </summary>
[Cmdlet(VerbsLifecycle.Unregister, "KvWebhook", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(RemovedRecord))]
public sealed class UnregisterKvWebhookCommand : KvWriteCmdlet
{
    /// <summary>The webhook id(s); binds from the Id of Get-KvWebhook output.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("WebhookId")]
    [ValidateRange(1, long.MaxValue)]
    public long[]? Id { get; set; }

    /// <summary>The pipeline input as it came (a webhook from Get-KvWebhook), kept to name it in prompts.</summary>
    [Parameter(ValueFromPipeline = true, DontShow = true)]
    public override PSObject? InputObject { get; set; }

    /// <summary>Writes a removal record (EntityType Webhook, Id) for each webhook unregistered.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    private protected override string Activity => "Unregistering KiotViet webhooks";

    private protected override string WrittenAs => "unregistered";

    protected override void Process()
    {
        foreach (var id in Id!)
        {
            var description = DescribeRecord("webhook", id, Id.Length == 1 ? InputObject : null, ct => Shop.Webhooks.GetAsync(id, ct), w => $"{w.Type} -> {w.Url}");
            if (!ShouldProcess(description, "Unregister KiotViet webhook"))
            {
                continue;
            }

            if (TryWrite(id, ct => Shop.Webhooks.DeleteAsync(id, ct), out var message))
            {
                WriteVerbose($"Webhook {id}: {message ?? "unregistered"}");
                if (PassThru)
                {
                    WriteObject(new RemovedRecord(nameof(Webhook), id));
                }
            }
        }
    }
}
