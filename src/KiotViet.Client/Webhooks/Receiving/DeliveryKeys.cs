using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KiotViet.Json;

namespace KiotViet.Webhooks.Receiving;

/// <summary>
/// What makes two deliveries the same one. KiotViet sends a retry with the same envelope <c>Id</c> and the same
/// notifications but a higher <c>Attempt</c> (so the raw body, and its signature, differ); it may also send
/// <c>X-Webhook-Delivery</c>, which may or may not stay the same across attempts. A delivery is a repeat when either
/// key matches one already accepted.
/// </summary>
internal static class DeliveryKeys
{
    public static IReadOnlyList<string> For(string? deliveryHeader, byte[] body)
    {
        var keys = new List<string>(2);
        if (!string.IsNullOrWhiteSpace(deliveryHeader))
        {
            keys.Add("delivery:" + deliveryHeader!.Trim().ToLowerInvariant());
        }

        keys.Add("content:" + ContentKey(body));
        return keys;
    }

    /// <summary>The envelope Id and a hash of the notifications as sent: everything but the Attempt.</summary>
    private static string ContentKey(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var id = root.TryGetPropertyIgnoreCase("Id", out var idValue) && idValue.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? idValue.ToString().Trim().ToLowerInvariant()
            : "";
        var notifications = root.TryGetPropertyIgnoreCase("Notifications", out var list) ? list.GetRawText() : "";
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(notifications));
        return id + ":" + ToHex(hash);
    }

    private static string ToHex(byte[] bytes)
    {
        var text = new StringBuilder(bytes.Length * 2);
        foreach (var b in bytes)
        {
            text.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }
}

/// <summary>The keys of the deliveries accepted lately, oldest forgotten first once <see cref="Capacity"/> is reached.</summary>
internal sealed class SeenKeys
{
    private readonly HashSet<string> set = new(StringComparer.Ordinal);
    private readonly Queue<string> order = new();

    public SeenKeys(int capacity) => Capacity = capacity;

    public int Capacity { get; }

    public IEnumerable<string> InOrder => order;

    public bool ContainsAny(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            if (set.Contains(key))
            {
                return true;
            }
        }

        return false;
    }

    public void Add(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            if (set.Add(key))
            {
                order.Enqueue(key);
                if (order.Count > Capacity)
                {
                    set.Remove(order.Dequeue());
                }
            }
        }
    }
}
