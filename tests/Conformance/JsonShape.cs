using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KiotViet.Conformance;

public enum ShapeDifferenceKind
{
    /// <summary>A key the documented example does not have.</summary>
    Undocumented,
    /// <summary>A documented key that is absent.</summary>
    Missing,
    /// <summary>A value of another JSON type than documented (or null where the doc does not allow it).</summary>
    WrongType,
}

/// <summary>One way a JSON document differs from a documented example, at a dotted path (<c>[]</c> = array elements).</summary>
public sealed record ShapeDifference(string Path, ShapeDifferenceKind Kind, string Detail)
{
    public override string ToString() => $"{Path}: {Kind} ({Detail})";
}

/// <summary>
/// Compares a JSON document with a documented example: the same keys at every level (case-sensitive, as printed),
/// the same JSON types. A documented one-element array describes every element; an empty one says nothing of them.
/// A documented object met as an array of such objects is read element by element (the doc prints
/// <c>orderDetails</c>/<c>invoiceDetails</c> as single objects in most answers, arrays everywhere else). A name or a
/// code the doc types as a number is expected as text (<see cref="DocumentedType.Corrected"/>).
/// </summary>
public static class JsonShape
{
    public static IReadOnlyList<ShapeDifference> Compare(JsonNode? documented, JsonNode? actual)
    {
        var differences = new List<ShapeDifference>();
        Compare(documented, actual, "", differences);
        return differences;
    }

    /// <summary>Every field path of a document, as the reference's field lists name them.</summary>
    public static IReadOnlyList<string> FieldPaths(JsonNode? node)
    {
        var paths = new List<string>();
        Collect(node, "", paths);
        return paths.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The path of a key below a parent path.</summary>
    public static string Child(string parent, string key) => parent.Length == 0 ? key : parent + "." + key;

    private static string Elements(string parent) => parent.Length == 0 ? "[]" : parent + "[]";

    private static void Compare(JsonNode? documented, JsonNode? actual, string path, List<ShapeDifference> differences)
    {
        var type = DocumentedType.Corrected(path.Substring(path.LastIndexOf('.') + 1).TrimEnd('[', ']'), DocumentedType.Of(documented));
        var shown = path.Length == 0 ? "(root)" : path;
        if (actual is null)
        {
            if (!type.Nullable && type.Kind != JsonKind.Any)
            {
                differences.Add(new ShapeDifference(shown, ShapeDifferenceKind.WrongType, $"null where the doc has {type.Printed}"));
            }

            return;
        }

        switch (type.Kind)
        {
            case JsonKind.Object when actual is JsonObject obj:
                CompareObject((JsonObject)documented!, obj, path, differences);
                return;
            case JsonKind.Object when actual is JsonArray rows:
                foreach (var row in rows)
                {
                    Compare(documented, row, path, differences);
                }

                return;
            case JsonKind.Array when actual is JsonArray items:
                var element = ((JsonArray)documented!).FirstOrDefault();
                if (element is not null)
                {
                    foreach (var item in items)
                    {
                        Compare(element, item, Elements(path), differences);
                    }
                }

                return;
            case JsonKind.Any:
                return;
        }

        if (!Fits(type, actual))
        {
            differences.Add(new ShapeDifference(shown, ShapeDifferenceKind.WrongType, $"{Describe(actual)} where the doc has {type.Printed}"));
        }
    }

    private static void CompareObject(JsonObject documented, JsonObject actual, string path, List<ShapeDifference> differences)
    {
        foreach (var (key, value) in actual)
        {
            var child = Child(path, key);
            if (documented.TryGetPropertyValue(key, out var expected))
            {
                Compare(expected, value, child, differences);
                continue;
            }

            var otherCase = documented.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase));
            differences.Add(new ShapeDifference(child, ShapeDifferenceKind.Undocumented, otherCase is null ? "not in the doc" : $"the doc spells it {otherCase}"));
        }

        foreach (var (key, value) in documented)
        {
            if (!actual.ContainsKey(key))
            {
                differences.Add(new ShapeDifference(Child(path, key), ShapeDifferenceKind.Missing, DocumentedType.Of(value).Printed));
            }
        }
    }

    private static bool Fits(DocumentedType type, JsonNode actual)
    {
        if (actual is JsonObject or JsonArray)
        {
            return false;
        }

        var kind = actual.GetValueKind();
        return type.Kind switch
        {
            JsonKind.Number => kind == JsonValueKind.Number,
            JsonKind.String => kind == JsonValueKind.String,
            JsonKind.Boolean => kind is JsonValueKind.True or JsonValueKind.False,
            JsonKind.Date => kind == JsonValueKind.String && IsDate(actual.GetValue<string>()),
            _ => true,
        };
    }

    private static bool IsDate(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static string Describe(JsonNode actual) => actual switch
    {
        JsonObject => "an object",
        JsonArray => "an array",
        _ => actual.GetValueKind() switch
        {
            JsonValueKind.String => $"the string {actual.ToJsonString()}",
            JsonValueKind.Number => $"the number {actual.ToJsonString()}",
            _ => actual.ToJsonString(),
        },
    };

    private static void Collect(JsonNode? node, string path, List<string> paths)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    var child = Child(path, key);
                    paths.Add(child);
                    Collect(value, child, paths);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Collect(item, Elements(path), paths);
                }

                break;
        }
    }
}
