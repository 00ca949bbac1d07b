using System.Collections.Generic;

namespace KiotViet.Webhooks;

/// <summary>
/// One notification of a delivery: what changed (<see cref="EventType"/>), in which shop, and the changed rows or the
/// removed ids. Rows are plain JSON values: dictionaries (case-insensitive keys), lists, strings, numbers, booleans.
/// </summary>
public sealed class WebhookNotification
{
    internal WebhookNotification(string rawAction, string? deliveryId, int attempt, IReadOnlyList<IReadOnlyDictionary<string, object?>> rows, IReadOnlyList<long> removedIds, string? dataType, long? retailerId)
    {
        RawAction = rawAction;
        var parts = rawAction.Split('.');
        Entity = parts[0].ToLowerInvariant();
        Action = parts.Length > 1 ? parts[1].ToLowerInvariant() : "";
        EventType = parts.Length > 1 ? Entity + "." + Action : Entity;
        RetailerId = parts.Length > 2 && long.TryParse(parts[2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : retailerId;
        DeliveryId = deliveryId;
        Attempt = attempt;
        Rows = rows;
        RemovedIds = removedIds;
        DataType = dataType;
    }

    /// <summary>The notification's <c>Action</c> as sent, e.g. <c>customer.update.500400541</c>.</summary>
    public string RawAction { get; }

    /// <summary>e.g. <c>customer.update</c>: one of <see cref="WebhookEventTypes.All"/> for known events.</summary>
    public string EventType { get; }

    /// <summary>e.g. <c>customer</c>.</summary>
    public string Entity { get; }

    /// <summary><c>update</c> or <c>delete</c>.</summary>
    public string Action { get; }

    /// <summary>The shop's retailer id: the numeric suffix of the Action, else the rows' RetailerId.</summary>
    public long? RetailerId { get; }

    /// <summary>The delivery's envelope <c>Id</c>: the same on every retry, so use it to de-duplicate.</summary>
    public string? DeliveryId { get; }

    /// <summary>The envelope's <c>Attempt</c>: grows with each retry of the same delivery.</summary>
    public int Attempt { get; }

    /// <summary>The changed records (without ServiceStack's <c>__type</c> hint).</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows { get; }

    /// <summary>Ids removed by a delete event, from either documented shape (<c>Data: [ids]</c> or <c>{"RemoveId": [ids]}</c>).</summary>
    public IReadOnlyList<long> RemovedIds { get; }

    /// <summary>The short name of the rows' <c>__type</c> hint, e.g. <c>WebhookCustomerUpdateRes</c>, when there is one.</summary>
    public string? DataType { get; }

    public bool IsKnownType => WebhookEventTypes.IsKnown(EventType);

    public override string ToString() => $"{EventType} ({(RemovedIds.Count > 0 ? RemovedIds.Count + " removed" : Rows.Count + " rows")})";
}
