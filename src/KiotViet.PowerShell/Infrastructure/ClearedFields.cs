using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace KiotViet.Commands.Infrastructure;

/// <summary>
/// -Clear on the Set- cmdlets (as Set-ADUser -Clear): each named text field of the draft becomes empty, so the update
/// sends it empty; an empty CSV cell never clears (it means "not given").
/// </summary>
internal static class ClearedFields
{
    /// <summary>
    /// Empties each field of <paramref name="changes"/> named in <paramref name="fields"/>; null when done, else why the
    /// row is refused. <paramref name="special"/> handles a field that is not text (a list to empty): true when it
    /// cleared it, false when a value was also given, null when the field is text.
    /// </summary>
    public static string? Apply<TDraft>(TDraft changes, IEnumerable<string> fields, Func<string, bool?>? special = null)
    {
        foreach (var field in fields.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (special?.Invoke(field) is { } cleared)
            {
                if (!cleared)
                {
                    return $"-Clear {field} and a value for it were both given.";
                }

                continue;
            }

            var property = typeof(TDraft).GetProperty(field, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)!;
            if (property.GetValue(changes) is not null)
            {
                return $"-Clear {property.Name} and a value for it were both given.";
            }

            property.SetValue(changes, string.Empty);
        }

        return null;
    }
}
