using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace KiotViet.Webhooks;

/// <summary>
/// Turns the dates of webhook rows into <see cref="DateTimeOffset"/>s: ISO 8601 date-times (with an offset, or in
/// KiotViet's local time without one) and ServiceStack's <c>/Date(ms±hhmm)/</c>. Other text stays text.
/// </summary>
internal static class WebhookDates
{
    private static readonly Regex IsoDateTime = new(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:?\d{2})?$", RegexOptions.CultureInvariant);
    private static readonly Regex WcfDate = new(@"^/Date\((-?\d+)([+-]\d{4})?\)/$", RegexOptions.CultureInvariant);

    public static IReadOnlyDictionary<string, object?> Typed(IReadOnlyDictionary<string, object?> row)
    {
        var order = new List<KeyValuePair<string, object?>>();
        foreach (var pair in row)
        {
            order.Add(new KeyValuePair<string, object?>(pair.Key, Typed(pair.Value)));
        }

        return new OrderedRow(order);
    }

    private static object? Typed(object? value) => value switch
    {
        string text when IsoDateTime.IsMatch(text) => VietnamTime.Parse(text),
        string text when WcfDate.Match(text) is { Success: true } match => FromWcf(match),
        IReadOnlyDictionary<string, object?> nested => Typed(nested),
        IEnumerable<object?> list when value is not string => list.Select(Typed).ToList(),
        _ => value,
    };

    private static DateTimeOffset FromWcf(Match match)
    {
        var instant = DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
        return instant.ToOffset(VietnamTime.Offset);
    }

    /// <summary>The row's properties in document order, looked up without regard to case.</summary>
    private sealed class OrderedRow : IReadOnlyDictionary<string, object?>
    {
        private readonly List<KeyValuePair<string, object?>> pairs;
        private readonly Dictionary<string, object?> index = new(StringComparer.OrdinalIgnoreCase);

        public OrderedRow(List<KeyValuePair<string, object?>> pairs)
        {
            this.pairs = pairs;
            foreach (var pair in pairs)
            {
                index[pair.Key] = pair.Value;
            }
        }

        public int Count => pairs.Count;

        public IEnumerable<string> Keys => pairs.Select(p => p.Key);

        public IEnumerable<object?> Values => pairs.Select(p => p.Value);

        public object? this[string key] => index[key];

        public bool ContainsKey(string key) => index.ContainsKey(key);

        public bool TryGetValue(string key, out object? value) => index.TryGetValue(key, out value);

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => pairs.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
