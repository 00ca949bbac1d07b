using System.Linq;
using System.Management.Automation;

namespace KiotViet.Commands.Infrastructure;

/// <summary>How a pipeline row is named to the user when its outcome is told outside the pipeline.</summary>
internal static class RowNames
{
    private static readonly string[] NamingProperties = { "Code", "Name", "Id" };

    /// <summary>"'KH000123 Lê Văn An'" from a row's code, name or id; else the value itself ("'1000001'").</summary>
    public static string Of(object? row)
    {
        if (row is null)
        {
            return "a row";
        }

        var record = PSObject.AsPSObject(row);
        var names = NamingProperties
            .Select(p => record.Properties[p]?.Value?.ToString())
            .Where(v => !string.IsNullOrWhiteSpace(v))
            .Take(2)
            .ToList();
        return $"'{(names.Count > 0 ? string.Join(" ", names) : row.ToString())}'";
    }
}
