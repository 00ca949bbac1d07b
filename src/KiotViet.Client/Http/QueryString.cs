using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace KiotViet.Http;

/// <summary>Builds a query string in KiotViet's conventions (Vietnam-local dates, lowercase booleans, comma-joined lists).</summary>
internal sealed class QueryString
{
    private readonly List<KeyValuePair<string, string>> pairs = new();

    public QueryString Add(string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            pairs.Add(new KeyValuePair<string, string>(name, value!));
        }

        return this;
    }

    public QueryString Add(string name, long? value) => Add(name, value?.ToString(CultureInfo.InvariantCulture));

    public QueryString Add(string name, bool value) => value ? Add(name, "true") : this;

    public QueryString Add(string name, DateTime? value) => Add(name, value is { } v ? VietnamTime.Format(v) : null);

    public QueryString Add(string name, DateTimeOffset? value) => Add(name, value is { } v ? VietnamTime.Format(v) : null);

    public QueryString Add(string name, IEnumerable<long>? values)
    {
        var list = values?.ToList();
        return list is { Count: > 0 } ? Add(name, string.Join(",", list.Select(v => v.ToString(CultureInfo.InvariantCulture)))) : this;
    }

    /// <summary>orderBy (camelCase field name) and orderDirection; nothing when neither is asked for.</summary>
    public QueryString AddOrder(string? orderBy, bool descending)
    {
        if (orderBy is null && !descending)
        {
            return this;
        }

        return Add("orderBy", orderBy is null ? null : char.ToLowerInvariant(orderBy[0]) + orderBy.Substring(1))
            .Add("orderDirection", descending ? "Desc" : "Asc");
    }

    /// <summary>A copy to extend per request, leaving the shared filters untouched.</summary>
    public QueryString Clone()
    {
        var copy = new QueryString();
        copy.pairs.AddRange(pairs);
        return copy;
    }

    /// <summary>The path with the query appended.</summary>
    public string AppendTo(string path)
    {
        if (pairs.Count == 0)
        {
            return path;
        }

        var builder = new StringBuilder(path).Append('?');
        builder.Append(string.Join("&", pairs.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value))));
        return builder.ToString();
    }
}
