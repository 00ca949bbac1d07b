using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace KiotViet.Conformance;

/// <summary>One documented field: its dotted path (<c>[]</c> marks array elements) and whether the doc lets it be absent.</summary>
public sealed record DocumentedField(string Name, string Type, bool Optional);

/// <summary>
/// One file of tests/fixtures/api-reference: a documented operation or webhook event, as KiotViet's Public API 4.7.1
/// prints it, and (<see cref="Newer"/>) the January 2026 retail doc where that one differs.
/// </summary>
public sealed class ApiOperation
{
    internal ApiOperation(string file, JsonObject root, ApiOperation? newer = null)
    {
        File = file;
        Root = root;
        Section = (string?)root["section"] ?? "";
        Method = (string?)root["method"];
        Path = (string?)root["path"];
        Event = (string?)root["event"];
        Request = root["request"];
        Response = root["response"];
        RequestFields = Fields(root["requestFields"]);
        ResponseFields = Fields(root["responseFields"]);
        Query = (root["query"] as JsonArray ?? new JsonArray()).Select(q => (string)q!["name"]!).ToList();
        Notes = (root["notes"] as JsonArray ?? new JsonArray()).Select(n => (string?)n ?? "").ToList();
        Newer = newer;
    }

    /// <summary>The file name without ".json", e.g. "2.14.2-post-payments".</summary>
    public string File { get; }

    public string Section { get; }

    /// <summary>GET, POST, PUT, DELETE; null for a webhook event.</summary>
    public string? Method { get; }

    /// <summary>The path relative to the API root, placeholders as <c>{id}</c> / <c>{code}</c>; null for a webhook event.</summary>
    public string? Path { get; }

    /// <summary>The webhook event name (e.g. "customer.update") of an event file.</summary>
    public string? Event { get; }

    /// <summary>The documented request example (a webhook event's payload).</summary>
    public JsonNode? Request { get; }

    public JsonNode? Response { get; }

    public IReadOnlyList<DocumentedField> RequestFields { get; }

    public IReadOnlyList<DocumentedField> ResponseFields { get; }

    /// <summary>The documented query parameter names.</summary>
    public IReadOnlyList<string> Query { get; }

    public IReadOnlyList<string> Notes { get; }

    /// <summary>The same operation as the newer (January 2026) document prints it, where it differs; else null.</summary>
    public ApiOperation? Newer { get; }

    /// <summary>This operation as the newest document prints it.</summary>
    public ApiOperation Newest => Newer ?? this;

    /// <summary>The older and, where it differs, the newer print of this operation.</summary>
    public IEnumerable<ApiOperation> Prints => Newer is null ? new[] { this } : new[] { this, Newer };

    internal JsonObject Root { get; }

    public override string ToString() => Event is null ? $"{Section} {Method} {Path} ({File})" : $"{Section} webhook {Event} ({File})";

    private static List<DocumentedField> Fields(JsonNode? list) =>
        (list as JsonArray ?? new JsonArray())
            .Select(f => new DocumentedField((string)f!["name"]!, (string?)f["type"] ?? "", (bool?)f["optional"] ?? false))
            .ToList();
}
