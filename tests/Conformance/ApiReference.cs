using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace KiotViet.Conformance;

/// <summary>
/// KiotViet's documentation as data (tests/fixtures/api-reference, copied next to the test assembly by
/// tests/Conformance/Conformance.props): one <see cref="ApiOperation"/> per documented operation or webhook event.
/// </summary>
public static class ApiReference
{
    private static readonly ConcurrentDictionary<string, ApiOperation> Loaded = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The folder holding the reference files.</summary>
    public static string Folder => System.IO.Path.Combine(AppContext.BaseDirectory, "api-reference");

    /// <summary>An operation by its file name (without ".json"), e.g. "2.14.2-post-payments" or "fnb/fnb-2.6.3-post-customers".</summary>
    public static ApiOperation Operation(string file) => Loaded.GetOrAdd(file, Load);

    /// <summary>Every retail file (the F&amp;B ones live under "fnb/").</summary>
    public static IReadOnlyList<ApiOperation> All() =>
        Directory.GetFiles(Folder, "*.json")
            .Select(System.IO.Path.GetFileNameWithoutExtension)
            .Where(name => !string.Equals(name, "index", StringComparison.OrdinalIgnoreCase))
            .OrderBy(name => name, StringComparer.Ordinal)
            .Select(name => Operation(name!))
            .ToList();

    /// <summary>Every documented webhook event payload of the retail edition.</summary>
    public static IReadOnlyList<ApiOperation> WebhookEvents() => All().Where(o => o.Event is not null).ToList();

    /// <summary>The operation documented for a method and a path such as "/customers/{id}".</summary>
    public static ApiOperation Find(string method, string path) =>
        All().SingleOrDefault(o => string.Equals(o.Method, method, StringComparison.OrdinalIgnoreCase) && string.Equals(o.Path, path, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"The reference documents no {method} {path}.");

    private static ApiOperation Load(string file)
    {
        var path = System.IO.Path.Combine(Folder, file.Replace('/', System.IO.Path.DirectorySeparatorChar) + ".json");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No reference file {file}.json in {Folder}.", path);
        }

        var root = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        return new ApiOperation(file, root, Newer(file, root));
    }

    // The doc2 block keeps only what the newer document changed: the rest of the operation is the older print.
    private static ApiOperation? Newer(string file, JsonObject root)
    {
        if (root["doc2"] is not JsonObject doc2)
        {
            return null;
        }

        var merged = (JsonObject)root.DeepClone();
        merged.Remove("doc2");
        foreach (var key in new[] { "method", "path", "query", "request", "requestFields", "response", "responseFields" })
        {
            if (doc2[key] is { } value)
            {
                merged[key] = value.DeepClone();
            }
        }

        if (doc2["notes"] is JsonArray notes)
        {
            merged["notes"] = notes.DeepClone();
        }

        return new ApiOperation(file + " (newer doc)", merged);
    }
}
