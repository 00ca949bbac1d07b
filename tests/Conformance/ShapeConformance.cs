using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace KiotViet.Conformance;

/// <summary>
/// Checks an answer (the sandbox's, or any server's) against the documented answer of an operation, as the newest
/// document prints it: the same keys at every level and the same JSON types. A documented field may be absent when it
/// has no value (see <see cref="MayBeOmitted"/>); a key the doc does not print never appears. Where the doc's own type is a known misprint (a code typed long, a name typed
/// int), the type the field has everywhere else is expected instead.
/// </summary>
public static class ShapeConformance
{
    // (operation file, field path) -> the kind the field really has; each is flagged as a type error in the reference.
    private static readonly Dictionary<(string File, string Path), JsonKind> Misprints = new()
    {
        [("2.3.2-get-categories-id", "data.hasChild")] = JsonKind.Boolean,
    };

    /// <summary>How the answer differs from the documented one; empty when it conforms.</summary>
    public static IReadOnlyList<ShapeDifference> Answer(ApiOperation operation, JsonNode? actual)
    {
        var documented = operation.Newest.Response;
        var file = operation.File;
        return JsonShape.Compare(documented, actual)
            .Where(d => !(d.Kind == ShapeDifferenceKind.Missing && MayBeOmitted(d.Detail)))
            .Where(d => !(d.Kind == ShapeDifferenceKind.Undocumented && UndocumentedAnswerFields.Allows(operation, d.Path)))
            .Where(d => !(d.Kind == ShapeDifferenceKind.WrongType && Misprints.TryGetValue((file, d.Path), out var kind) && Fits(kind, Value(actual, d.Path))))
            .Distinct()
            .ToList();
    }

    /// <summary>The fields the doc prints with a type it gives the same field nowhere else, and the type expected instead.</summary>
    public static IReadOnlyDictionary<(string File, string Path), JsonKind> KnownMisprints => Misprints;

    // KiotViet's server (ServiceStack) leaves null values out of its JSON: a field the doc marks nullable, or one of a
    // reference type (text, date, object, list), is absent when it has no value. A number or a yes/no is always sent.
    private static bool MayBeOmitted(string printedType) =>
        printedType.EndsWith("?", StringComparison.Ordinal)
        || DocumentedType.Of(System.Text.Json.Nodes.JsonValue.Create(printedType)).Kind is JsonKind.String or JsonKind.Date or JsonKind.Any
        || printedType is "object" or "array";

    private static bool Fits(JsonKind kind, IEnumerable<JsonNode?> values) => values.All(v => v is null || kind switch
    {
        JsonKind.String => v.GetValueKind() == System.Text.Json.JsonValueKind.String,
        JsonKind.Number => v.GetValueKind() == System.Text.Json.JsonValueKind.Number,
        JsonKind.Boolean => v.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False,
        _ => true,
    });

    // Every value at a dotted path ("a.b[].c").
    private static IEnumerable<JsonNode?> Value(JsonNode? root, string path)
    {
        IEnumerable<JsonNode?> current = new[] { root };
        foreach (var part in path.Split('.'))
        {
            var name = part.TrimEnd('[', ']');
            var many = part.EndsWith("[]", StringComparison.Ordinal);
            current = current.SelectMany(n =>
            {
                var next = name.Length == 0 ? n : (n as JsonObject)?[name];
                return many && next is JsonArray array ? array.AsEnumerable() : new[] { next };
            }).ToList();
        }

        return current;
    }
}

/// <summary>
/// The short list of answer fields the sandbox sends where the operation's print does not show them, each printed by
/// the reference for the same record elsewhere and read by a module feature (tests/fixtures/undocumented-fields.json,
/// "answerFields").
/// </summary>
public static class UndocumentedAnswerFields
{
    private static readonly Lazy<IReadOnlyList<(string Operation, string Path, IReadOnlyList<string> PrintedBy, string ReadBy)>> Entries = new(Load);

    public static IReadOnlyList<(string Operation, string Path, IReadOnlyList<string> PrintedBy, string ReadBy)> All => Entries.Value;

    public static bool Allows(ApiOperation operation, string path)
    {
        var file = operation.File.Replace(" (newer doc)", "");
        return All.Any(e => string.Equals(e.Operation, file, StringComparison.OrdinalIgnoreCase) && string.Equals(e.Path, path, StringComparison.Ordinal));
    }

    private static IReadOnlyList<(string, string, IReadOnlyList<string>, string)> Load()
    {
        var path = System.IO.Path.Combine(AppContext.BaseDirectory, "undocumented-fields.json");
        var root = JsonNode.Parse(System.IO.File.ReadAllText(path))!;
        return (root["answerFields"]?.AsArray() ?? new JsonArray())
            .Select(e => ((string)e!["operation"]!, (string)e["path"]!, (IReadOnlyList<string>)e["printedBy"]!.AsArray().Select(b => (string)b!).ToList(), (string)e["readBy"]!))
            .ToList();
    }
}
