using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace KiotViet.Conformance;

/// <summary>The JSON kind a documented value calls for.</summary>
public enum JsonKind
{
    /// <summary>The doc prints a literal or a type name it never explains: any value fits.</summary>
    Any,
    Number,
    String,
    Boolean,
    /// <summary>A date or date-time: a JSON string that parses as one.</summary>
    Date,
    Object,
    Array,
}

/// <summary>
/// A value of a documented example read as a type: the reference prints types as strings ("long?", "datetime",
/// "Decimal?", and the doc's typos such as "datatime" or "boolen"); any other string is a literal the doc printed.
/// </summary>
public sealed record DocumentedType(JsonKind Kind, bool Nullable, bool IsLiteral, string Printed)
{
    private static readonly Dictionary<string, JsonKind> TypeNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["int"] = JsonKind.Number,
        ["long"] = JsonKind.Number,
        ["short"] = JsonKind.Number,
        ["byte"] = JsonKind.Number,
        ["decimal"] = JsonKind.Number,
        ["double"] = JsonKind.Number,
        ["float"] = JsonKind.Number,
        ["string"] = JsonKind.String,
        ["strting"] = JsonKind.String,
        ["bool"] = JsonKind.Boolean,
        ["boolean"] = JsonKind.Boolean,
        ["boolen"] = JsonKind.Boolean,
        ["datetime"] = JsonKind.Date,
        ["datatime"] = JsonKind.Date,
        ["datime"] = JsonKind.Date,
        ["datetim"] = JsonKind.Date,
        ["date"] = JsonKind.Date,
    };

    /// <summary>The type a documented example value stands for.</summary>
    public static DocumentedType Of(JsonNode? example)
    {
        switch (example)
        {
            case null:
                return new DocumentedType(JsonKind.Any, true, true, "null");
            case JsonObject:
                return new DocumentedType(JsonKind.Object, false, false, "object");
            case JsonArray:
                return new DocumentedType(JsonKind.Array, false, false, "array");
        }

        var value = example.AsValue();
        if (value.TryGetValue<string>(out var text))
        {
            var name = text.TrimEnd('?');
            return TypeNames.TryGetValue(name, out var kind)
                ? new DocumentedType(kind, text.EndsWith("?", StringComparison.Ordinal), false, text)
                : new DocumentedType(JsonKind.String, false, true, text);
        }

        if (value.TryGetValue<bool>(out _))
        {
            return new DocumentedType(JsonKind.Boolean, false, true, example.ToJsonString());
        }

        return new DocumentedType(JsonKind.Number, false, true, example.ToJsonString());
    }

    /// <summary>
    /// The type a field really has where the doc misprints it: a name or a code typed as a number (branchName long,
    /// tradeMarkName int, DocumentCode long, the F&amp;B deliveryCode double, 2.12.5's statusValue byte) is text everywhere else; a record's
    /// lower-case id typed string is a number.
    /// </summary>
    public static DocumentedType Corrected(string fieldName, DocumentedType type) =>
        type.IsLiteral ? type
        : type.Kind == JsonKind.Number && (fieldName.EndsWith("Name", StringComparison.OrdinalIgnoreCase) || fieldName.EndsWith("Code", StringComparison.OrdinalIgnoreCase) || fieldName == "statusValue")
            ? type with { Kind = JsonKind.String }
        // A record's lower-case "id" typed string (2.12.5's payments) is a number everywhere else; a webhook's "Id" is a GUID.
        : type.Kind == JsonKind.String && fieldName == "id" ? type with { Kind = JsonKind.Number }
        : type;

    /// <summary>A name such as the field list's "object[]" or "int[]".</summary>
    public static bool IsTypeName(string text) => TypeNames.ContainsKey(text.TrimEnd('?'));
}
