using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using KiotViet.Json;

namespace KiotViet.Webhooks;

/// <summary>
/// Reads a delivery: <c>{ "Id": "&lt;guid&gt;", "Attempt": 1, "Notifications": [ { "Action": "customer.update.500400541",
/// "Data": [ ... ] } ] }</c>, member names in any case, unknown members ignored; or a delete event as the doc prints
/// most of them, the bare <c>{ "RemoveId": [ ... ] }</c>, whose type only the receiver knows (the type it registered).
/// Dates in the rows become <see cref="DateTimeOffset"/>s (KiotViet's local time when they carry no offset).
/// </summary>
public static class WebhookPayload
{
    private static readonly string[] RemovedIdNames = { "RemoveId", "RemoveIds", "RemovedIds" };
    private const string TypeHint = "__type";

    public static IReadOnlyList<WebhookNotification> Parse(string body, string? eventType = null) =>
        Parse(Encoding.UTF8.GetBytes(body ?? throw new ArgumentNullException(nameof(body))), eventType);

    /// <param name="body">The delivery's raw body.</param>
    /// <param name="eventType">The event type the webhook was registered for (e.g. customer.delete): the type of a notification that names none.</param>
    /// <exception cref="FormatException">The body is not JSON or not a KiotViet webhook delivery.</exception>
    public static IReadOnlyList<WebhookNotification> Parse(byte[] body, string? eventType = null)
    {
        RequireUtf8(body ?? throw new ArgumentNullException(nameof(body)));
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"The webhook body is not valid JSON: {ex.Message}", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            var deliveryId = root.ValueKind == JsonValueKind.Object && JsonLookup.TryGetPropertyIgnoreCase(root, "Id", out var id) ? ScalarText(id) : null;
            var attempt = root.ValueKind == JsonValueKind.Object && JsonLookup.TryGetPropertyIgnoreCase(root, "Attempt", out var attemptValue) ? ReadInt(attemptValue) : 0;
            if (root.ValueKind != JsonValueKind.Object || !JsonLookup.TryGetPropertyIgnoreCase(root, "Notifications", out var notifications) || notifications.ValueKind != JsonValueKind.Array)
            {
                var removed = new List<long>();
                if (!AddRemovedIds(root, removed))
                {
                    throw new FormatException("The body is not a KiotViet webhook delivery: it has no \"Notifications\" list.");
                }

                if (string.IsNullOrWhiteSpace(eventType))
                {
                    throw new FormatException("The delivery is a bare {\"RemoveId\": [...]}, which does not say what was removed: give the event type the webhook was registered for (e.g. customer.delete).");
                }

                return new[] { new WebhookNotification(eventType!.Trim(), deliveryId, attempt, new List<IReadOnlyDictionary<string, object?>>(), removed, null, null) };
            }

            return notifications.EnumerateArray()
                .Where(n => n.ValueKind == JsonValueKind.Object)
                .Select(n => ReadNotification(n, deliveryId, attempt, eventType))
                .ToList();
        }
    }

    /// <summary>Anyone can post to a receiver: bytes that are not UTF-8 are refused here, not half-way through reading a value.</summary>
    private static void RequireUtf8(byte[] body)
    {
        try
        {
            _ = StrictUtf8.GetCharCount(body);
        }
        catch (DecoderFallbackException ex)
        {
            throw new FormatException($"The webhook body is not valid UTF-8 text; KiotViet sends UTF-8 JSON, so this delivery did not come from it unaltered.", ex);
        }
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static WebhookNotification ReadNotification(JsonElement notification, string? deliveryId, int attempt, string? eventType)
    {
        var action = JsonLookup.TryGetPropertyIgnoreCase(notification, "Action", out var actionValue) ? ScalarText(actionValue) : null;
        if (string.IsNullOrWhiteSpace(action))
        {
            action = eventType;
        }

        if (string.IsNullOrWhiteSpace(action))
        {
            throw new FormatException("A webhook notification has no \"Action\".");
        }

        var rows = new List<IReadOnlyDictionary<string, object?>>();
        var removed = new List<long>();
        string? dataType = null;
        AddRemovedIds(notification, removed);
        if (JsonLookup.TryGetPropertyIgnoreCase(notification, "Data", out var data))
        {
            var items = data.ValueKind == JsonValueKind.Array ? data.EnumerateArray().ToList() : new List<JsonElement> { data };
            foreach (var item in items)
            {
                if (TryReadId(item, out var removedId))
                {
                    removed.Add(removedId);
                }
                else if (item.ValueKind == JsonValueKind.Object && !AddRemovedIds(item, removed))
                {
                    dataType ??= JsonLookup.TryGetPropertyIgnoreCase(item, TypeHint, out var hint) ? ShortTypeName(ScalarText(hint)) : null;
                    rows.Add(ReadObject(item));
                }
            }
        }

        var retailerId = rows.Select(r => r.TryGetValue("RetailerId", out var value) ? value as long? : null).FirstOrDefault(v => v is not null);
        return new WebhookNotification(action!.Trim(), deliveryId, attempt, rows, removed, dataType, retailerId);
    }

    /// <summary>Collects <c>RemoveId: [..]</c> (and its spelling variants) from an object; true when it had one.</summary>
    private static bool AddRemovedIds(JsonElement element, List<long> removed)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        var found = false;
        foreach (var name in RemovedIdNames)
        {
            if (JsonLookup.TryGetPropertyIgnoreCase(element, name, out var ids))
            {
                found = true;
                var values = ids.ValueKind == JsonValueKind.Array ? ids.EnumerateArray().ToList() : new List<JsonElement> { ids };
                foreach (var value in values)
                {
                    if (TryReadId(value, out var id))
                    {
                        removed.Add(id);
                    }
                }
            }
        }

        return found;
    }

    private static bool TryReadId(JsonElement value, out long id)
    {
        id = 0;
        return value.ValueKind switch
        {
            JsonValueKind.Number => value.TryGetInt64(out id),
            JsonValueKind.String => long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out id),
            _ => false,
        };
    }

    private static IReadOnlyDictionary<string, object?> ReadObject(JsonElement element) => WebhookDates.Typed(JsonValues.ToDictionary(element, TypeHint));

    private static int ReadInt(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) ? n
        : value.ValueKind == JsonValueKind.String && int.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out n) ? n
        : 0;

    private static string? ScalarText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        _ => null,
    };

    /// <summary><c>KiotViet.OmniChannelCore.Api.Shared.Model.WebhookProductUpdateRes, KiotViet...</c> -> <c>WebhookProductUpdateRes</c>.</summary>
    private static string? ShortTypeName(string? hint)
    {
        if (string.IsNullOrWhiteSpace(hint))
        {
            return null;
        }

        var typeName = hint!.Split(',')[0].Trim();
        return typeName.Substring(typeName.LastIndexOf('.') + 1);
    }
}
