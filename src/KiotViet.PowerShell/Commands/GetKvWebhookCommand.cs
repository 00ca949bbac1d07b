using System;
using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Gets the webhooks registered on the KiotViet shop (at most one per event type).</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "KvWebhook", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(Webhook))]
public sealed class GetKvWebhookCommand : KvListingCmdlet<Webhook, WebhookQuery>
{
    /// <summary>Only the webhook of this event type, e.g. customer.update.</summary>
    [Parameter(Position = 0, ParameterSetName = ListSet)]
    [ValidateWebhookType]
    [ArgumentCompleter(typeof(WebhookTypeCompleter))]
    public string? Type { get; set; }

    /// <summary>The webhook id(s) to get.</summary>
    [Parameter(Mandatory = true, ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true), Alias("WebhookId"), ValidateRange(1, long.MaxValue)]
    public long[]? Id { get; set; }

    protected override string ItemsName => "webhooks";

    protected override object? ErrorTarget => Type;

    protected override void WriteByKey() => WriteKeys(Id, byId: Shop.Webhooks.GetAsync);

    protected override Func<Webhook, bool>? FilterHere => Type is null ? null : webhook => string.Equals(webhook.Type, Type, StringComparison.OrdinalIgnoreCase);

    // GET /webhooks is documented without paging.
    protected override bool ApiPages => false;
}
