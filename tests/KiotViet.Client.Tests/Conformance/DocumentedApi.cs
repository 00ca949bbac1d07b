using System.Net;
using System.Text.Json.Nodes;
using KiotViet.Conformance;

namespace KiotViet.Client.Tests.Conformance;

/// <summary>A scripted KiotViet that answers each documented operation with its documented answer, made concrete.</summary>
internal static class DocumentedApi
{
    /// <summary>Answers every request that one of <paramref name="prints"/> documents with that print's answer; anything else 404.</summary>
    public static FakeApi ServeDocumented(this FakeApi api, params ApiOperation[] prints)
    {
        api.Api = (request, _) =>
        {
            var print = prints.FirstOrDefault(p => Documents(p, request));
            return Task.FromResult(print is null
                ? FakeApi.Json(HttpStatusCode.NotFound, "{}")
                : FakeApi.Ok(Answer(print)!.ToJsonString()));
        };
        return api;
    }

    /// <summary>The documented answer of a print, as <see cref="ServeDocumented"/> sends it.</summary>
    public static JsonNode? Answer(ApiOperation print) => DocumentedExample.Materialize(print.Response);

    /// <summary>What is wrong with a recorded request, measured against the operation (both prints).</summary>
    public static IReadOnlyList<string> Problems(ApiOperation operation, RecordedRequest request) =>
        RequestConformance.Problems(operation, request.Method.Method, request.Uri.PathAndQuery, request.Body);

    private static bool Documents(ApiOperation print, RecordedRequest request) =>
        string.Equals(print.Method, request.Method.Method, StringComparison.OrdinalIgnoreCase)
        && print.Path is not null
        && RequestConformance.PathPattern(print.Path).IsMatch(request.Uri.AbsolutePath);
}
