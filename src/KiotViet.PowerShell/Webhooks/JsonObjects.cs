using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace KiotViet;

/// <summary>Turns the engine's plain JSON values (dictionaries, lists, scalars) into objects PowerShell users expect.</summary>
internal static class JsonObjects
{
    public static PSObject ToPSObject(IReadOnlyDictionary<string, object?> row)
    {
        var result = new PSObject();
        foreach (var pair in row)
        {
            result.Properties.Add(new PSNoteProperty(pair.Key, Convert(pair.Value)));
        }

        return result;
    }

    private static object? Convert(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> nested => ToPSObject(nested),
        IEnumerable<object?> list when value is not string => list.Select(Convert).ToArray(),
        _ => value,
    };
}
