using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace KiotViet.Json;

/// <summary>
/// JSON as plain .NET values: objects as case-insensitive dictionaries (in document order), arrays as lists, numbers as
/// long, decimal or double, strings, booleans and null. The PowerShell layer turns these into PSCustomObjects.
/// </summary>
public static class JsonValues
{
    public static object? ToPlain(JsonElement value) => ToPlain(value, null);

    /// <summary>Like <see cref="ToPlain(JsonElement)"/>, leaving out one property name wherever it occurs (a type hint).</summary>
    internal static object? ToPlain(JsonElement value, string? skipProperty) => value.ValueKind switch
    {
        JsonValueKind.Object => ToDictionary(value, skipProperty),
        JsonValueKind.Array => value.EnumerateArray().Select(v => ToPlain(v, skipProperty)).ToList(),
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => ToNumber(value),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    internal static IReadOnlyDictionary<string, object?> ToDictionary(JsonElement element, string? skipProperty = null)
    {
        var result = new OrderedMap();
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name != skipProperty)
            {
                result.Set(property.Name, ToPlain(property.Value, skipProperty));
            }
        }

        return result;
    }

    private static object ToNumber(JsonElement value)
    {
        if (value.TryGetInt64(out var whole))
        {
            return whole;
        }

        return value.TryGetDecimal(out var exact) ? exact : value.GetDouble();
    }

    /// <summary>A dictionary that keeps the document's property order and looks names up without regard to case.</summary>
    private sealed class OrderedMap : IReadOnlyDictionary<string, object?>
    {
        private readonly List<KeyValuePair<string, object?>> pairs = new();
        private readonly Dictionary<string, int> index = new(StringComparer.OrdinalIgnoreCase);

        public int Count => pairs.Count;

        public IEnumerable<string> Keys => pairs.Select(p => p.Key);

        public IEnumerable<object?> Values => pairs.Select(p => p.Value);

        public object? this[string key] => pairs[index[key]].Value;

        public void Set(string key, object? value)
        {
            if (index.TryGetValue(key, out var at))
            {
                pairs[at] = new KeyValuePair<string, object?>(pairs[at].Key, value);
            }
            else
            {
                index[key] = pairs.Count;
                pairs.Add(new KeyValuePair<string, object?>(key, value));
            }
        }

        public bool ContainsKey(string key) => index.ContainsKey(key);

        public bool TryGetValue(string key, out object? value)
        {
            var found = index.TryGetValue(key, out var at);
            value = found ? pairs[at].Value : null;
            return found;
        }

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => pairs.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
