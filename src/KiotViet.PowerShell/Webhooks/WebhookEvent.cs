using System.Globalization;
using System.Linq;
using System.Management.Automation;
using KiotViet.Webhooks;

namespace KiotViet;

/// <summary>
/// One notification of a received webhook delivery, as ConvertFrom-KvWebhook writes it. Data holds the changed records
/// as objects; RowCount and RemovedIdList are their CSV-friendly twins.
/// </summary>
public sealed class WebhookEvent
{
    internal WebhookEvent(WebhookNotification notification)
    {
        EventType = notification.EventType;
        Entity = notification.Entity;
        Action = notification.Action;
        RetailerId = notification.RetailerId;
        DeliveryId = notification.DeliveryId;
        Attempt = notification.Attempt;
        Data = new SummarizedList<PSObject>(notification.Rows.Select(JsonObjects.ToPSObject).ToList(), Describe);
        RemovedIds = new SummarizedList<long>(notification.RemovedIds.ToList(), id => id.ToString(CultureInfo.InvariantCulture));
        DataType = notification.DataType;
        RawAction = notification.RawAction;
        IsKnownType = notification.IsKnownType;
    }

    /// <summary>e.g. customer.update.</summary>
    public string EventType { get; }

    /// <summary>e.g. customer.</summary>
    public string Entity { get; }

    /// <summary>update or delete.</summary>
    public string Action { get; }

    public long? RetailerId { get; }

    /// <summary>The delivery's Id: the same on every retry, so a receiver can skip deliveries it has already handled.</summary>
    public string? DeliveryId { get; }

    /// <summary>Grows with each retry of the same delivery.</summary>
    public int Attempt { get; }

    /// <summary>The changed records, one object per row, with KiotViet's PascalCase property names.</summary>
    public SummarizedList<PSObject> Data { get; }

    public int RowCount => Data.Count;

    /// <summary>Ids removed by a delete event.</summary>
    public SummarizedList<long> RemovedIds { get; }

    /// <summary>RemovedIds as one comma-separated cell.</summary>
    public string RemovedIdList => string.Join(",", RemovedIds);

    /// <summary>The short name of KiotViet's __type hint on the rows, e.g. WebhookCustomerUpdateRes.</summary>
    public string? DataType { get; }

    /// <summary>The notification's Action as sent, e.g. customer.update.500400541.</summary>
    public string RawAction { get; }

    /// <summary>False for an event type that is not one of the 15 KiotViet documents.</summary>
    public bool IsKnownType { get; }

    public override string ToString() => $"{EventType} ({(RemovedIds.Count > 0 ? RemovedIds.Count + " removed" : RowCount + " rows")})";

    /// <summary>How a row reads in a CSV cell: its Id and Code when it has them.</summary>
    private static string Describe(PSObject row) =>
        string.Join(" ", new[] { row.Properties["Id"]?.Value, row.Properties["Code"]?.Value }.Where(v => v is not null)) is { Length: > 0 } text ? text : "row";
}
