using System.Globalization;

namespace KiotViet.Sandbox.Http;

/// <summary>Reads KiotViet's query parameters case-insensitively, accepting every array encoding seen in clients.</summary>
internal sealed class QueryReader
{
    private readonly IQueryCollection query;

    public QueryReader(IQueryCollection query) => this.query = query;

    public string? String(string name)
    {
        var value = query[name].ToString();
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    public bool Flag(string name) => bool.TryParse(String(name), out var value) && value;

    public int? Int(string name) => int.TryParse(String(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    public long? Long(string name) => long.TryParse(String(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    public DateTime? Date(string name) => VietnamTime.TryParse(String(name), out var value) ? value : null;

    /// <summary>Collects "x=1,2", "x=1&amp;x=2" and "x[]=1&amp;x[]=2" alike.</summary>
    public HashSet<long>? Longs(string name)
    {
        var raw = query[name].Concat(query[name + "[]"]).SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        if (raw.Count == 0)
        {
            return null;
        }

        var values = new HashSet<long>();
        foreach (var text in raw)
        {
            if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                values.Add(value);
            }
        }

        return values;
    }
}
