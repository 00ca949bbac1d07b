using System.Text.Json.Nodes;
using KiotViet.Conformance;

namespace KiotViet.Sandbox.Tests.Conformance;

/// <summary>
/// The purchase-order and transfer writes the sandbox serves (2.15.3–2.15.5, 2.16.3–2.16.5) answer on the documented
/// routes with the documented shape (the newest print); the differences known are listed per operation, as in
/// <see cref="ReadShapeTests"/>.
/// </summary>
public sealed class StockWriteShapeTests : IClassFixture<SandboxFixture>
{
    // operation file -> the differences the sandbox had when this test was written (04/12/2026), to be fixed in the
    // sandbox. The transfer dates are TransferRowsDated (on by default: without a date a lost create without a code
    // cannot be reconciled; see the sandbox README); the rest are fields of its rows the doc does not print.
    private static readonly Dictionary<string, string[]> Known = new()
    {
        ["2.15.3-post-purchaseorders"] = new[] { "createdDate", "description", "discountRatio", "status", "statusValue", "totalPayment" },
        ["2.15.4-put-purchaseorders-id"] = new[] { "createdDate", "description", "discountRatio", "modifiedDate", "status", "statusValue", "totalPayment" },
        ["2.16.3-post-transfers"] = new[] { "data.createdDate", "data.fromBranchName", "data.modifiedDate", "data.receivedDate", "data.statusValue", "data.toBranchName", "data.totalTransfer", "data.transferDetails[].productName" },
        ["2.16.4-put-transfers-id"] = new[] { "data.createdDate", "data.fromBranchName", "data.modifiedDate", "data.receivedDate", "data.statusValue", "data.toBranchName", "data.totalTransfer", "data.transferDetails[].productName", "data.transferDetails[].transferId" },
    };

    private readonly SandboxFixture shop;

    public StockWriteShapeTests(SandboxFixture shop) => this.shop = shop;

    [Fact]
    public async Task A_purchase_order_created_updated_and_cancelled_is_answered_with_the_documented_shapes()
    {
        using var client = await shop.FreshClientAsync();
        var (branch, product, supplier) = await PartsAsync(client);

        var create = ApiReference.Operation("2.15.3-post-purchaseorders");
        var (created, createDifferences) = await SandboxConformance.AnswerAsync(client, create, HttpMethod.Post, "purchaseorders", new JsonObject
        {
            ["branchId"] = branch,
            ["supplier"] = new JsonObject { ["code"] = supplier },
            ["description"] = "Nhập thử",
            ["purchaseOrderDetails"] = new JsonArray(new JsonObject { ["productCode"] = product, ["quantity"] = 3, ["price"] = 10000 }),
        });
        var id = (long)created!["id"]!;
        var update = ApiReference.Operation("2.15.4-put-purchaseorders-id");
        var (_, updateDifferences) = await SandboxConformance.AnswerAsync(client, update, HttpMethod.Put, $"purchaseorders/{id}", new JsonObject { ["description"] = "Nhập thử, sửa" });
        var cancel = ApiReference.Operation("2.15.5-delete-purchaseorders");
        var (_, cancelDifferences) = await SandboxConformance.AnswerAsync(client, cancel, HttpMethod.Delete, $"purchaseorders?id={id}&IsVoidPayment=false");

        var problems = Problems(create, createDifferences).Concat(Problems(update, updateDifferences)).Concat(Problems(cancel, cancelDifferences)).ToList();
        Assert.True(problems.Count == 0, "The sandbox's answers differ from the doc:\n  " + string.Join("\n  ", problems));
    }

    [Fact]
    public async Task A_transfer_created_updated_and_cancelled_is_answered_with_the_documented_shapes()
    {
        using var client = await shop.FreshClientAsync();
        var branches = (await client.GetJsonAsync("branches")).GetProperty("data").EnumerateArray().Select(b => b.GetProperty("id").GetInt64()).ToList();
        var product = (await client.GetJsonAsync("products")).GetProperty("data").EnumerateArray().First().GetProperty("code").GetString();

        var create = ApiReference.Operation("2.16.3-post-transfers");
        var (created, createDifferences) = await SandboxConformance.AnswerAsync(client, create, HttpMethod.Post, "transfers", new JsonObject
        {
            ["fromBranchId"] = branches[0],
            ["toBranchId"] = branches[1],
            ["description"] = "Chuyển thử",
            ["transferDetails"] = new JsonArray(new JsonObject { ["productCode"] = product, ["sendQuantity"] = 1, ["price"] = 10000 }),
        });
        var id = (long)(created!["data"]?["id"] ?? created["id"])!;
        var update = ApiReference.Operation("2.16.4-put-transfers-id");
        var (_, updateDifferences) = await SandboxConformance.AnswerAsync(client, update, HttpMethod.Put, $"transfers/{id}", new JsonObject { ["description"] = "Chuyển thử, sửa" });
        var cancel = ApiReference.Operation("2.16.5-delete-transfers-id");
        var (_, cancelDifferences) = await SandboxConformance.AnswerAsync(client, cancel, HttpMethod.Delete, $"transfers/{id}");

        var problems = Problems(create, createDifferences).Concat(Problems(update, updateDifferences)).Concat(Problems(cancel, cancelDifferences)).ToList();
        Assert.True(problems.Count == 0, "The sandbox's answers differ from the doc:\n  " + string.Join("\n  ", problems));
    }

    // A difference not listed, or a listed one that no longer occurs (the list only shrinks).
    private static IEnumerable<string> Problems(ApiOperation operation, IReadOnlyList<ShapeDifference> differences)
    {
        var known = Known.TryGetValue(operation.File, out var paths) ? paths : Array.Empty<string>();
        return differences.Where(d => !known.Contains(d.Path)).Select(d => $"{operation.File} {d}")
            .Concat(known.Where(path => differences.All(d => d.Path != path)).Select(path => $"{operation.File} {path}: fixed, leave it out of Known"));
    }

    private static async Task<(long Branch, string Product, string Supplier)> PartsAsync(ApiClient client)
    {
        var branch = (await client.GetJsonAsync("branches")).GetProperty("data").EnumerateArray().First().GetProperty("id").GetInt64();
        var product = (await client.GetJsonAsync("products")).GetProperty("data").EnumerateArray().First().GetProperty("code").GetString()!;
        var supplier = (await client.GetJsonAsync("suppliers")).GetProperty("data").EnumerateArray().First().GetProperty("code").GetString()!;
        return (branch, product, supplier);
    }
}
