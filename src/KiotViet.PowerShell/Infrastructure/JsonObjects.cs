using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Text.Json;
using KiotViet.Json;

namespace KiotViet;

/// <summary>
/// JSON both ways between the engine and PowerShell: the engine's plain values (dictionaries, lists, scalars) become
/// PSCustomObjects and arrays, as Invoke-RestMethod gives them; PowerShell values (hashtables, PSCustomObjects, arrays,
/// any object's properties) become plain values the engine serializes.
/// </summary>
internal static class JsonObjects
{
    private const int MaxDepth = 64;

    public static PSObject ToPSObject(IReadOnlyDictionary<string, object?> row)
    {
        var result = new PSObject();
        foreach (var pair in row)
        {
            result.Properties.Add(new PSNoteProperty(pair.Key, ToPowerShell(pair.Value)));
        }

        return result;
    }

    public static object? ToPowerShell(JsonElement json) => ToPowerShell(JsonValues.ToPlain(json));

    public static object? ToPowerShell(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> nested => ToPSObject(nested),
        IEnumerable<object?> list when value is not string => list.Select(ToPowerShell).ToArray(),
        _ => value,
    };

    /// <summary>A PowerShell value as plain values; throws when it nests deeper than any KiotViet body does (a cycle).</summary>
    public static object? FromPowerShell(object? value) => FromPowerShell(value, 0);

    private static object? FromPowerShell(object? value, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new PSArgumentException($"The body nests deeper than {MaxDepth} levels; does it refer to itself?");
        }

        if (value is PSObject wrapped)
        {
            return wrapped.BaseObject is PSCustomObject ? Properties(wrapped, depth) : FromPowerShell(wrapped.BaseObject, depth);
        }

        switch (value)
        {
            case null:
                return null;
            case string or bool or char or System.Guid or System.DateTime or System.DateTimeOffset:
                return value is char or System.Guid ? value.ToString() : value;
            case System.Enum:
                return value.ToString();
            case byte or sbyte or short or ushort or int or uint or long or ulong or float or double or decimal:
                return value;
            case IDictionary dictionary:
                var map = new Dictionary<string, object?>();
                foreach (DictionaryEntry entry in dictionary)
                {
                    map[entry.Key?.ToString() ?? ""] = FromPowerShell(entry.Value, depth + 1);
                }

                return map;
            case IEnumerable list:
                return list.Cast<object?>().Select(item => FromPowerShell(item, depth + 1)).ToList();
            default:
                return Properties(PSObject.AsPSObject(value), depth);
        }
    }

    private static Dictionary<string, object?> Properties(PSObject value, int depth)
    {
        var map = new Dictionary<string, object?>();
        foreach (var property in value.Properties.Where(p => p.IsGettable && p.MemberType is PSMemberTypes.NoteProperty or PSMemberTypes.Property))
        {
            map[property.Name] = FromPowerShell(property.Value, depth + 1);
        }

        return map;
    }
}
