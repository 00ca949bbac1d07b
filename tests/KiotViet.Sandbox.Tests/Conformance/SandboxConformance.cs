using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KiotViet.Conformance;

namespace KiotViet.Sandbox.Tests.Conformance;

/// <summary>Sends one request to the sandbox and measures its answer against the documented one.</summary>
internal static class SandboxConformance
{
    /// <summary>The answer's differences from the documented answer of <paramref name="operation"/> (the newest print).</summary>
    public static async Task<(JsonNode? Answer, IReadOnlyList<ShapeDifference> Differences)> AnswerAsync(ApiClient client, ApiOperation operation, HttpMethod method, string relative, object? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(client.ApiRoot, relative));
        if (body is not null)
        {
            request.Content = body is JsonNode node
                ? new StringContent(node.ToJsonString(), System.Text.Encoding.UTF8, "application/json")
                : JsonContent.Create(body);
        }

        using var response = await client.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {relative} answered {(int)response.StatusCode}: {text}");
        var route = RequestConformance.Problems(operation, method.Method, relative, null).Where(p => !p.StartsWith("query", StringComparison.Ordinal)).ToList();
        Assert.True(route.Count == 0, $"The test asked the sandbox for an undocumented route: {string.Join("; ", route)}");
        var answer = JsonNode.Parse(text);
        return (answer, ShapeConformance.Answer(operation, answer));
    }

    /// <summary>Fails with every difference listed, so one run shows all of them.</summary>
    public static void AssertConforms(ApiOperation operation, IReadOnlyList<ShapeDifference> differences, params string[] knownPaths)
    {
        var unexpected = differences.Where(d => !knownPaths.Contains(d.Path)).Select(d => d.ToString()).ToList();
        Assert.True(unexpected.Count == 0, $"The sandbox's answer to {operation} differs from the doc:\n  " + string.Join("\n  ", unexpected));
    }
}
