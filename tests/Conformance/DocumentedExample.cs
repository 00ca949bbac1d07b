using System;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;

namespace KiotViet.Conformance;

/// <summary>
/// Turns a documented example (types printed as strings) into a concrete answer KiotViet could send: every field
/// present with a value of its documented type (ids and amounts distinct and non-zero, texts non-empty, dates real),
/// every literal the doc printed kept as printed. One element per documented array. A name or code the doc types as a
/// number becomes text (<see cref="DocumentedType.Corrected"/>).
/// </summary>
public static class DocumentedExample
{
    /// <summary>The date every documented date-time becomes (KiotViet writes local time without an offset).</summary>
    public const string DateTimeValue = "2026-01-15T10:30:00";

    /// <summary>A concrete JSON document for the documented example.</summary>
    public static JsonNode? Materialize(JsonNode? example)
    {
        var counter = 0;
        return Fill(example, "", ref counter);
    }

    private static JsonNode? Fill(JsonNode? example, string name, ref int counter)
    {
        switch (example)
        {
            case null:
                return null;
            case JsonObject obj:
                var filled = new JsonObject();
                foreach (var (key, value) in obj.ToList())
                {
                    filled[key] = Fill(value, key, ref counter);
                }

                return filled;
            case JsonArray array:
                var items = new JsonArray();
                foreach (var item in array.ToList())
                {
                    items.Add(Fill(item, name, ref counter));
                }

                return items;
        }

        var type = DocumentedType.Corrected(name, DocumentedType.Of(example));
        if (type.IsLiteral)
        {
            return example.DeepClone();
        }

        counter++;
        var baseName = type.Printed.TrimEnd('?').ToLowerInvariant();
        return type.Kind switch
        {
            JsonKind.Number when baseName == "string" => JsonValue.Create(1000L * counter + counter),
            JsonKind.Number when baseName == "byte" => JsonValue.Create(1 + (counter % 5)),
            JsonKind.Number when baseName is "decimal" or "double" or "float" => JsonValue.Create(1000m * counter + 0.5m),
            JsonKind.Number => JsonValue.Create(1000L * counter + counter),
            JsonKind.Boolean => JsonValue.Create(true),
            JsonKind.Date when baseName == "date" => JsonValue.Create(DateTimeValue.Substring(0, 10) + "T00:00:00"),
            JsonKind.Date => JsonValue.Create(DateTimeValue),
            JsonKind.String => JsonValue.Create($"{(name.Length == 0 ? "text" : name)} {counter.ToString(CultureInfo.InvariantCulture)}"),
            _ => example.DeepClone(),
        };
    }
}
