using System.Collections;
using System.Management.Automation;
using System.Text.Json.Nodes;
using KiotViet.Conformance;
using Xunit;

namespace KiotViet.PowerShell.Tests.Conformance;

/// <summary>
/// Every documented webhook event payload (reference 2.11.3–2.11.10, 15 files), made concrete, goes through
/// ConvertFrom-KvWebhook into events of the documented type whose rows carry every documented field with a value of
/// its documented type (numbers as numbers, dates as dates), or whose removed ids are the documented ones.
/// </summary>
public sealed class WebhookEventConformanceTests : IDisposable
{
    private const long RetailerId = 500400541;

    private readonly PowerShellSession shell = new();

    public static TheoryData<string> Events()
    {
        var files = new TheoryData<string>();
        foreach (var operation in ApiReference.WebhookEvents())
        {
            files.Add(operation.File);
        }

        return files;
    }

    [Fact]
    public void The_reference_documents_the_fifteen_event_types_the_module_knows()
    {
        var documented = ApiReference.WebhookEvents().Select(o => o.Event!).OrderBy(e => e, StringComparer.Ordinal).ToList();
        var known = shell.Run("[KiotViet.Webhooks.WebhookEventTypes]::All").ShouldSucceed().Output.Select(o => (string)o.BaseObject).OrderBy(e => e, StringComparer.Ordinal).ToList();

        Assert.Equal(15, documented.Count);
        Assert.Equal(documented, known);
    }

    [Theory]
    [MemberData(nameof(Events))]
    public void A_documented_event_payload_converts_into_typed_events(string file)
    {
        var operation = ApiReference.Operation(file);
        var payload = DocumentedExample.Materialize(operation.Request)!.AsObject();
        foreach (var notification in payload["Notifications"]?.AsArray() ?? new JsonArray())
        {
            notification!["Action"] = $"{operation.Event}.{RetailerId}";
        }

        var result = shell.Run("ConvertFrom-KvWebhook -Body $raw -EventType $type", new Dictionary<string, object?> { ["raw"] = payload.ToJsonString(), ["type"] = operation.Event }).ShouldSucceed();

        var converted = Assert.Single(result.Output);
        Assert.Equal(operation.Event, converted.Properties["EventType"].Value);
        Assert.Equal(true, converted.Properties["IsKnownType"].Value);
        var data = payload["Notifications"]?[0]?["Data"] ?? payload["RemoveId"];
        var documentedRows = data!.AsArray();
        if (documentedRows.All(r => r is JsonValue))
        {
            Assert.Equal(documentedRows.Select(r => (long)r!), ((IEnumerable)converted.Properties["RemovedIds"].Value).Cast<long>());
            return;
        }

        Assert.Equal(RetailerId, converted.Properties["RetailerId"].Value);
        var rows = ((IEnumerable)converted.Properties["Data"].Value).Cast<PSObject>().ToList();
        Assert.Equal(documentedRows.Count, rows.Count);
        var problems = new List<string>();
        for (var i = 0; i < rows.Count; i++)
        {
            CheckTyped(documentedRows[i]!.AsObject(), operation.Request!["Notifications"]![0]!["Data"]![0]!.AsObject(), rows[i], "Data[]", problems);
        }

        Assert.True(problems.Count == 0, $"{operation}: " + string.Join("; ", problems));
    }

    // Every documented field is on the row, with a .NET value of its documented type.
    private static void CheckTyped(JsonObject sent, JsonObject documented, PSObject row, string path, List<string> problems)
    {
        foreach (var (key, example) in documented)
        {
            var property = row.Properties[key];
            if (property is null)
            {
                problems.Add($"{path}.{key} is missing");
                continue;
            }

            var value = property.Value is PSObject wrapped && wrapped.BaseObject is not PSCustomObject ? wrapped.BaseObject : property.Value;
            switch (example)
            {
                case JsonObject nested when value is PSObject inner:
                    CheckTyped(sent[key]!.AsObject(), nested, inner, $"{path}.{key}", problems);
                    continue;
                case JsonArray { Count: > 0 } list when list[0] is JsonObject element && value is object[] items:
                    foreach (var item in items.OfType<PSObject>())
                    {
                        CheckTyped(sent[key]![0]!.AsObject(), element, item, $"{path}.{key}[]", problems);
                    }

                    continue;
                case JsonObject or JsonArray:
                    if (value is null)
                    {
                        problems.Add($"{path}.{key} is empty");
                    }

                    continue;
            }

            var kind = DocumentedType.Of(example).Kind;
            var fits = kind switch
            {
                JsonKind.Number => value is long or int or decimal or double,
                JsonKind.String => value is string,
                JsonKind.Boolean => value is bool,
                JsonKind.Date => value is DateTime or DateTimeOffset,
                _ => true,
            };
            if (!fits)
            {
                problems.Add($"{path}.{key} is {value?.GetType().Name ?? "null"} ({value}), documented {example}");
            }
        }
    }

    public void Dispose() => shell.Dispose();
}
