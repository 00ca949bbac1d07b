using System;
using System.Text.Json;

namespace KiotViet.Json;

/// <summary>The one case-insensitive property lookup: KiotViet answers camelCase, PascalCase or both.</summary>
internal static class JsonLookup
{
    public static bool TryGetPropertyIgnoreCase(this JsonElement element, string name, out JsonElement value)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    value = property.Value;
                    return true;
                }
            }
        }

        value = default;
        return false;
    }
}
