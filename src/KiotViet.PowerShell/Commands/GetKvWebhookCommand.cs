using System;
using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Gets the webhooks registered on the KiotViet shop (at most one per event type).</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "KvWebhook", DefaultParameterSetName = ListSet)]
[OutputType(typeof(Webhook))]
public sealed class GetKvWebhookCommand : KvConnectedCmdlet
{
    private const string ListSet = "List";
    private const string IdSet = "Id";

    /// <summary>Only the webhook of this event type, e.g. customer.update.</summary>
    [Parameter(Position = 0, ParameterSetName = ListSet)]
    [ValidateWebhookType]
    [ArgumentCompleter(typeof(WebhookTypeCompleter))]
    public string? Type { get; set; }

    /// <summary>The webhook id(s) to get.</summary>
    [Parameter(Mandatory = true, ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true)]
    [Alias("WebhookId")]
    [ValidateRange(1, long.MaxValue)]
    public long[]? Id { get; set; }

    protected override void Process()
    {
        try
        {
            if (ParameterSetName == IdSet)
            {
                foreach (var id in Id!)
                {
                    WriteOne(id);
                }

                return;
            }

            foreach (var webhook in Await(ct => Shop.Webhooks.ListAsync(ct)))
            {
                if (Type is null || string.Equals(webhook.Type, Type, StringComparison.OrdinalIgnoreCase))
                {
                    WriteObject(webhook);
                }
            }
        }
        catch (KiotVietApiException ex)
        {
            WriteApiError(ex, Type);
        }
    }

    private void WriteOne(long id)
    {
        try
        {
            WriteObject(Await(ct => Shop.Webhooks.GetAsync(id, ct)));
        }
        catch (KiotVietApiException ex)
        {
            WriteApiError(ex, id);
        }
    }
}
