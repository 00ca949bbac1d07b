using System.Text.Json.Nodes;
using KiotViet.Conformance;

namespace KiotViet.Sandbox.Tests.Conformance;

/// <summary>
/// The surcharge writes the sandbox serves (2.10.2–2.10.4, on the doc's spelling /surchages) answer on the documented
/// routes with the documented shape; the differences known are listed per operation, as in <see cref="ReadShapeTests"/>.
/// </summary>
public sealed class PromotionWriteShapeTests : IClassFixture<SandboxFixture>
{
    // operation file -> the differences the sandbox has (05/12/2026): fields of its rows the doc does not print
    // (the module reads isActive; the list's 2.10.1 shows the same), and valueRatio left out of a fixed amount.
    private static readonly Dictionary<string, string[]> Known = new()
    {
        ["2.10.2-post-surchages"] = new[] { "data.isActive", "data.isAuto", "data.isReturnAuto", "data.valueRatio" },
        ["2.10.3-put-surchages-id"] = new[] { "data.isActive", "data.isAuto", "data.isReturnAuto", "data.valueRatio" },
    };

    private readonly SandboxFixture shop;

    public PromotionWriteShapeTests(SandboxFixture shop) => this.shop = shop;

    [Fact]
    public async Task A_surcharge_created_updated_and_deactivated_is_answered_with_the_documented_shapes()
    {
        using var client = await shop.FreshClientAsync();

        var create = ApiReference.Operation("2.10.2-post-surchages");
        var (created, createDifferences) = await SandboxConformance.AnswerAsync(client, create, HttpMethod.Post, "surchages", new JsonObject
        {
            ["name"] = "Phí giao hàng tận nơi",
            ["code"] = "GHTN",
            ["value"] = 20000,
        });
        var id = (long)created!["data"]!["id"]!;
        Assert.Equal("GHTN", (string?)created["data"]!["surchargeCode"]);
        var update = ApiReference.Operation("2.10.3-put-surchages-id");
        var (updated, updateDifferences) = await SandboxConformance.AnswerAsync(client, update, HttpMethod.Put, $"surchages/{id}", new JsonObject
        {
            ["name"] = "Phí giao hàng tận nhà",
            ["code"] = "GHTN",
            ["value"] = 25000,
        });
        Assert.Equal(25000m, (decimal)updated!["data"]!["value"]!);
        var deactivate = ApiReference.Operation("2.10.4-post-surchages-id-activesurchage");
        var (_, deactivateDifferences) = await SandboxConformance.AnswerAsync(client, deactivate, HttpMethod.Post, $"surchages/{id}/activesurchage", new JsonObject { ["isActive"] = false });

        var problems = Problems(create, createDifferences).Concat(Problems(update, updateDifferences)).Concat(Problems(deactivate, deactivateDifferences)).ToList();
        Assert.True(problems.Count == 0, "The sandbox's answers differ from the doc:\n  " + string.Join("\n  ", problems));
    }

    // A difference not listed, or a listed one that no longer occurs (the list only shrinks).
    private static IEnumerable<string> Problems(ApiOperation operation, IReadOnlyList<ShapeDifference> differences)
    {
        var known = Known.TryGetValue(operation.File, out var paths) ? paths : Array.Empty<string>();
        return differences.Where(d => !known.Contains(d.Path)).Select(d => $"{operation.File} {d}")
            .Concat(known.Where(path => differences.All(d => d.Path != path)).Select(path => $"{operation.File} {path}: fixed, leave it out of Known"));
    }
}
