using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace KiotViet.Conformance;

/// <summary>
/// Checks a request the module sent against the documented operation: the method, the path (placeholders filled),
/// the query parameter names, and every field of the JSON body (name, nesting, JSON type). A field neither document
/// prints is a problem unless tests/fixtures/undocumented-fields.json lists it for the operation, with its evidence.
/// </summary>
public static class RequestConformance
{
    /// <summary>What is wrong with the request; empty when it is as documented.</summary>
    public static IReadOnlyList<string> Problems(ApiOperation operation, string method, string pathAndQuery, string? body)
    {
        var problems = new List<string>();
        var prints = operation.Prints.ToList();
        if (!prints.Any(p => string.Equals(p.Method, method, StringComparison.OrdinalIgnoreCase)))
        {
            problems.Add($"method {method}, documented {operation.Method}");
        }

        var split = pathAndQuery.Split(new[] { '?' }, 2);
        var path = "/" + Uri.UnescapeDataString(split[0]).TrimStart('/');
        if (!prints.Any(p => p.Path is not null && PathPattern(p.Path).IsMatch(path)))
        {
            problems.Add($"path {path}, documented {operation.Path}");
        }

        var documentedQuery = new HashSet<string>(prints.SelectMany(p => p.Query).Concat(PathQuery(operation.Path)), StringComparer.OrdinalIgnoreCase);
        foreach (var name in QueryNames(split.Length > 1 ? split[1] : ""))
        {
            if (!documentedQuery.Contains(name) && !UndocumentedFields.Allows(operation, "?" + name))
            {
                problems.Add($"query parameter {name} is not documented");
            }
        }

        if (string.IsNullOrEmpty(body))
        {
            return problems;
        }

        var sent = JsonNode.Parse(body!);
        // Lists are compared without their "[]": the doc prints invoiceDetails and orderDetails as a single object in
        // some operations and as an array in others, for the same list.
        var documentedFields = new HashSet<string>(
            prints.SelectMany(p => p.RequestFields.Select(f => f.Name).Concat(JsonShape.FieldPaths(p.Request))).Select(WithoutElements),
            StringComparer.Ordinal);
        foreach (var field in JsonShape.FieldPaths(sent))
        {
            if (!documentedFields.Contains(WithoutElements(field)) && !UndocumentedFields.Allows(operation, field) && !UnderAllowed(operation, field))
            {
                var otherCase = documentedFields.FirstOrDefault(d => string.Equals(d, WithoutElements(field), StringComparison.OrdinalIgnoreCase));
                problems.Add(otherCase is null ? $"field {field} is not documented" : $"field {field} is spelled {otherCase} in the doc");
            }
        }

        // Types: a field fits when it has the type either document gives it.
        var wrongTypes = prints
            .Select(p => JsonShape.Compare(p.Request, sent).Where(d => d.Kind == ShapeDifferenceKind.WrongType).Select(d => d.ToString()).ToList())
            .Aggregate((a, b) => a.Intersect(b).ToList());
        problems.AddRange(wrongTypes);
        return problems;
    }

    private static string WithoutElements(string path) => path.Replace("[]", "");

    /// <summary>A field below an allowed undocumented object is allowed with it.</summary>
    private static bool UnderAllowed(ApiOperation operation, string field)
    {
        for (var cut = field.LastIndexOf('.'); cut > 0; cut = field.LastIndexOf('.', cut - 1))
        {
            if (UndocumentedFields.Allows(operation, field.Substring(0, cut).TrimEnd('[', ']')))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The regular expression a documented path's placeholders expand to.</summary>
    public static Regex PathPattern(string documentedPath)
    {
        var path = documentedPath.Split('?')[0];
        var pattern = Regex.Replace(Regex.Escape(path), @"\\\{[^}]+}", "[^/]+");
        return new Regex("^" + pattern + "/?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    // A few documented paths carry their query in the path itself (e.g. "?IsVoidPayment=true").
    private static IEnumerable<string> PathQuery(string? documentedPath) =>
        documentedPath is null || !documentedPath.Contains('?') ? Enumerable.Empty<string>() : QueryNames(documentedPath.Split(new[] { '?' }, 2)[1]);

    private static IEnumerable<string> QueryNames(string query) =>
        query.Split(new[] { '&' }, StringSplitOptions.RemoveEmptyEntries).Select(p => Uri.UnescapeDataString(p.Split('=')[0])).Distinct();
}

/// <summary>
/// The short list of request fields the module sends although no document prints them, each with its evidence
/// (tests/fixtures/undocumented-fields.json). A field is "?name" for a query parameter.
/// </summary>
public static class UndocumentedFields
{
    private static readonly Lazy<IReadOnlyList<(string Operation, string Field, string Evidence)>> Entries = new(Load);

    public static IReadOnlyList<(string Operation, string Field, string Evidence)> All => Entries.Value;

    public static bool Allows(ApiOperation operation, string field)
    {
        var file = operation.File.Replace(" (newer doc)", "");
        return All.Any(e => string.Equals(e.Operation, file, StringComparison.OrdinalIgnoreCase) && string.Equals(e.Field, field, StringComparison.Ordinal));
    }

    private static IReadOnlyList<(string, string, string)> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "undocumented-fields.json");
        var root = JsonNode.Parse(File.ReadAllText(path))!;
        return root["fields"]!.AsArray()
            .Select(e => ((string)e!["operation"]!, (string)e["field"]!, (string)e["evidence"]!))
            .ToList();
    }
}
