using KiotViet.Conformance;
using KiotViet.Webhooks;
using Xunit;

namespace KiotViet.Client.Tests.Conformance;

/// <summary>
/// The writes <see cref="WriteRequestConformanceTests"/> does not cover: purchases, transfers, the bulk writes and
/// webhooks. Each, with every field a caller can set, is sent with the documented method, path, field names and
/// nesting (tests/fixtures/api-reference; an undocumented field only with its evidence in undocumented-fields.json).
/// Only the request is judged here: what the module makes of the answer has its own tests.
/// </summary>
public sealed class StockAndBatchRequestConformanceTests
{
    private static ApiOperation Op(string file) => ApiReference.Operation(file);

    /// <summary>Runs the write against a server answering the documented answers, and judges its first request of the operation's method and path.</summary>
    private static async Task AssertConformsAsync(ApiOperation operation, Func<KiotVietConnection, Task> write, params ApiOperation[] alsoServed)
    {
        var api = new FakeApi().ServeDocumented(new[] { operation }.Concat(alsoServed).ToArray());
        using var connection = api.Connect();
        try
        {
            await write(connection);
        }
        catch (KiotVietApiException)
        {
            // A batch's read-back of the documented example finds none of its rows: only the request matters here.
        }

        var path = RequestConformance.PathPattern(operation.Path!);
        var sent = api.Requests.FirstOrDefault(r => string.Equals(r.Method.Method, operation.Method, StringComparison.OrdinalIgnoreCase) && path.IsMatch(r.Uri.AbsolutePath));
        Assert.True(sent is not null, $"{operation}: not sent; sent {string.Join(", ", api.Requests.Select(r => $"{r.Method} {r.Uri.PathAndQuery}"))}");
        var problems = DocumentedApi.Problems(operation, sent!);
        Assert.True(problems.Count == 0, $"{operation}: " + string.Join("; ", problems));
    }

    [Fact]
    public async Task Purchase_create_update_and_cancel()
    {
        await AssertConformsAsync(Op("2.15.3-post-purchaseorders"), c => c.PurchaseOrders.CreateAsync(SampleFill.New<PurchaseOrderDraft>(), CancellationToken.None));
        var current = SampleFill.New<PurchaseOrder>();
        await AssertConformsAsync(Op("2.15.4-put-purchaseorders-id"), c => c.PurchaseOrders.UpdateAsync(current, SampleFill.New<PurchaseOrderChanges>(), CancellationToken.None));
        await AssertConformsAsync(Op("2.15.4-put-purchaseorders-id"), c => c.PurchaseOrders.UpdateAsync(current, new PurchaseOrderChanges(), CancellationToken.None));
        await AssertConformsAsync(Op("2.15.5-delete-purchaseorders"), c => c.PurchaseOrders.CancelAsync(1001, true, false, CancellationToken.None));
    }

    [Fact]
    public async Task Transfer_create_update_and_delete()
    {
        await AssertConformsAsync(Op("2.16.3-post-transfers"), c => c.Transfers.CreateAsync(SampleFill.New<TransferDraft>(), CancellationToken.None));
        var current = SampleFill.New<Transfer>();
        await AssertConformsAsync(Op("2.16.4-put-transfers-id"), c => c.Transfers.UpdateAsync(current, SampleFill.New<TransferChanges>(), CancellationToken.None));
        await AssertConformsAsync(Op("2.16.4-put-transfers-id"), c => c.Transfers.UpdateAsync(current, new TransferChanges(), CancellationToken.None));
        await AssertConformsAsync(Op("2.16.5-delete-transfers-id"), c => c.Transfers.DeleteAsync(1001, CancellationToken.None));
    }

    [Fact]
    public async Task Bulk_customer_and_product_writes_carry_what_their_operations_document()
    {
        // A batch carries only what the bulk operations document (CustomerBatchClient.CanCarry); the rest goes alone.
        var customer = SampleFill.New<CustomerDraft>(
            nameof(CustomerDraft.SubNumber), nameof(CustomerDraft.IdentificationNumber), nameof(CustomerDraft.Organization),
            nameof(CustomerDraft.TaxCode), nameof(CustomerDraft.GroupIds), nameof(CustomerDraft.BranchId));
        Assert.True(Resources.CustomerBatchClient.CanCarry(customer));
        await AssertConformsAsync(Op("2.6.6-post-listaddcutomers"), c => c.CustomerBatches.CreateAsync(new[] { customer }, CancellationToken.None));
        await AssertConformsAsync(Op("2.6.7-put-listupdatecustomers"), c => c.CustomerBatches.UpdateAsync(new[] { (1001L, customer) }, CancellationToken.None));

        // The bulk product writes document no barCode (the single ones do), and neither isActive nor isRewardPoint
        // (only PUT /products/{id} does); taxes go alone (a batch's read-back may not see them): such a row goes alone.
        // Units, variants and images ride in the batch create; the batch update carries units and attributes.
        var alone = new[] { nameof(ProductDraft.Barcode), nameof(ProductDraft.IsActive), nameof(ProductDraft.IsRewardPoint), nameof(ProductDraft.TaxIds), nameof(ProductDraft.PurchaseTaxId) };
        var product = SampleFill.New<ProductDraft>(alone);
        Assert.All(alone, field => Assert.False(Resources.ProductBatchClient.CanCarry(SampleFill.New<ProductDraft>(alone.Where(f => f != field).ToArray())), field));
        await AssertConformsAsync(Op("2.4.7-post-listaddproducts"), c => c.ProductBatches.CreateAsync(new[] { product }, CancellationToken.None));
        var changes = SampleFill.New<ProductDraft>(alone.Concat(new[] { nameof(ProductDraft.MasterProductId), nameof(ProductDraft.Images) }).ToArray());
        await AssertConformsAsync(Op("2.4.8-put-listupdatedproducts"), c => c.ProductBatches.UpdateAsync(new[] { (1001L, changes) }, CancellationToken.None));
    }

    [Fact]
    public async Task Webhook_register_and_delete()
    {
        var registration = new WebhookRegistration("customer.update", new Uri("https://hooks.example.vn/kiotviet"), "a-secret-of-32-characters-long!!") { Description = "CRM" };
        await AssertConformsAsync(Op("2.11.1-post-webhooks"), c => c.Webhooks.RegisterAsync(registration, CancellationToken.None), Op("2.11.11-get-webhooks"));
        await AssertConformsAsync(Op("2.11.2-delete-webhooks-id"), c => c.Webhooks.DeleteAsync(1001, CancellationToken.None));
    }
}
