using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json.Nodes;

namespace KiotViet.Conformance;

/// <summary>
/// Checks what the module made of a documented answer: every documented field that the model exposes (a property of
/// the same name, any case, or one named in <c>renames</c>) holds a value, at every level the model goes down to.
/// A field the model does not expose is not checked: this finds fields read as 0 or empty, not fields left out.
/// </summary>
public static class AnswerConformance
{
    /// <summary>The documented fields the model exposes but left empty (null, 0, false, an empty list).</summary>
    public static IReadOnlyList<string> Unfilled(JsonNode? answer, object? model, IReadOnlyDictionary<string, string>? renames = null)
    {
        var unfilled = new List<string>();
        Check(answer, model, "", renames ?? new Dictionary<string, string>(), unfilled);
        return unfilled;
    }

    private static void Check(JsonNode? answer, object? model, string path, IReadOnlyDictionary<string, string> renames, List<string> unfilled)
    {
        if (answer is not JsonObject fields || model is null)
        {
            return;
        }

        var properties = model.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).ToList();
        foreach (var (key, value) in fields)
        {
            var fieldPath = JsonShape.Child(path, key);
            if (value is null)
            {
                continue;
            }

            var name = renames.TryGetValue(fieldPath, out var renamed) ? renamed : key;
            var property = properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
            if (property is null)
            {
                continue;
            }

            var held = property.GetValue(model);
            if (IsEmpty(held))
            {
                unfilled.Add($"{fieldPath} (documented {Summary(value)}) left {property.Name} empty");
                continue;
            }

            switch (value)
            {
                case JsonObject when held is not IEnumerable || held is string:
                    Check(value, held, fieldPath, renames, unfilled);
                    break;
                case JsonObject when held is IEnumerable rows:
                    foreach (var row in rows)
                    {
                        Check(value, row, fieldPath, renames, unfilled);
                    }

                    break;
                case JsonArray { Count: > 0 } array when array[0] is JsonObject element && held is IEnumerable items:
                    foreach (var item in items)
                    {
                        Check(element, item, fieldPath + "[]", renames, unfilled);
                    }

                    break;
            }
        }
    }

    private static bool IsEmpty(object? value) => value switch
    {
        null => true,
        string text => text.Length == 0,
        bool => false,
        IEnumerable items => !items.Cast<object?>().Any(),
        _ when value.GetType().IsValueType => value.Equals(Activator.CreateInstance(value.GetType())),
        _ => false,
    };

    private static string Summary(JsonNode value) => value switch
    {
        JsonObject => "an object",
        JsonArray => "a list",
        _ => value.ToJsonString(),
    };
}
