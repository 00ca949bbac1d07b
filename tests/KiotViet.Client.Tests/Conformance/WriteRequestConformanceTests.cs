using KiotViet.Conformance;
using KiotViet.Writes;
using Xunit;

namespace KiotViet.Client.Tests.Conformance;

/// <summary>
/// Every write the engine sends, with every field a caller can set, uses the documented method, path, field names and
/// nesting (reference files named in each test); and the documented answer of each is read into the returned object.
/// </summary>
public sealed class WriteRequestConformanceTests
{
    private static ApiOperation Op(string file) => ApiReference.Operation(file);

    private static async Task<(RecordedRequest Sent, T Result)> SendAsync<T>(ApiOperation operation, Func<KiotVietConnection, Task<T>> write, params ApiOperation[] alsoServed)
    {
        var api = new FakeApi().ServeDocumented(new[] { operation }.Concat(alsoServed).ToArray());
        using var connection = api.Connect();
        var result = await write(connection);
        var sent = api.Requests.First(r => string.Equals(r.Method.Method, operation.Method, StringComparison.OrdinalIgnoreCase));
        var problems = DocumentedApi.Problems(operation, sent);
        Assert.True(problems.Count == 0, $"{operation}: " + string.Join("; ", problems));
        return (sent, result);
    }

    private static void AssertFilled(ApiOperation operation, object? model, Dictionary<string, string>? renames = null)
    {
        var unfilled = AnswerConformance.Unfilled(DocumentedApi.Answer(operation), model, renames);
        Assert.True(unfilled.Count == 0, $"{operation}: " + string.Join("; ", unfilled));
    }

    [Fact]
    public async Task Customer_create_update_and_delete()
    {
        var create = Op("2.6.3-post-customers");
        var (_, created) = await SendAsync(create, c => c.Customers.CreateAsync(SampleFill.New<CustomerDraft>(nameof(CustomerDraft.Organization), nameof(CustomerDraft.TaxCode)), CancellationToken.None));
        AssertFilled(create, created);

        var update = Op("2.6.4-put-customers-id");
        var (_, updated) = await SendAsync(update, c => c.Customers.UpdateAsync(1001, SampleFill.New<CustomerDraft>(nameof(CustomerDraft.BranchId), nameof(CustomerDraft.Organization)), CancellationToken.None));
        AssertFilled(update, updated);

        await SendAsync(Op("2.6.5-delete-customers-id"), c => c.Customers.DeleteAsync(1001, CancellationToken.None));
    }

    [Fact]
    public async Task A_customer_field_its_operation_does_not_document_is_refused_before_any_request_naming_it()
    {
        var api = new FakeApi().ServeDocumented(Op("2.6.3-post-customers"), Op("2.6.4-put-customers-id"));
        using var connection = api.Connect();

        // POST /customers documents neither organization nor taxCode; PUT /customers/{id} documents taxCode but
        // neither organization nor branchId.
        var create = await Assert.ThrowsAsync<ArgumentException>(() => connection.Customers.CreateAsync(SampleFill.New<CustomerDraft>(), CancellationToken.None));
        Assert.Contains("Organization, TaxCode", create.Message);
        Assert.Contains("POST /customers", create.Message);
        var update = await Assert.ThrowsAsync<ArgumentException>(() => connection.Customers.UpdateAsync(1001, new CustomerDraft { Name = "An", BranchId = 2 }, CancellationToken.None));
        Assert.Contains("BranchId", update.Message);
        Assert.Contains("PUT /customers/{id}", update.Message);
        Assert.Empty(api.Requests);

        // Each field the create and update document goes through.
        foreach (var field in typeof(CustomerDraft).GetProperties().Where(p => p.CanWrite).Select(p => p.Name))
        {
            var refusedOnCreate = DocumentedFields.NotInCustomerCreate(SampleFill.All(new CustomerDraft(), Except(field))).Count > 0;
            var refusedOnUpdate = DocumentedFields.NotInCustomerUpdate(SampleFill.All(new CustomerDraft(), Except(field))).Count > 0;
            var createDocuments = Documents(Op("2.6.3-post-customers"), field);
            var updateDocuments = Documents(Op("2.6.4-put-customers-id"), field);
            Assert.True(refusedOnCreate != createDocuments, $"{field}: POST /customers {(createDocuments ? "documents" : "does not document")} it");
            Assert.True(refusedOnUpdate != updateDocuments, $"{field}: PUT /customers/{{id}} {(updateDocuments ? "documents" : "does not document")} it");
        }
    }

    [Fact]
    public async Task Product_create_update_and_delete()
    {
        // Every field a caller can set (units, variants, images, taxes included) but the ones each operation does not
        // document: isActive and isRewardPoint on a create, masterProductId and images on an update.
        var create = Op("2.4.3-post-products");
        var (sentCreate, created) = await SendAsync(create, c => c.Products.CreateAsync(SampleFill.New<ProductDraft>(nameof(ProductDraft.IsActive), nameof(ProductDraft.IsRewardPoint)), CancellationToken.None));
        AssertFilled(create, created);
        Assert.Contains("\"attributes\":[{\"attributeName\":", sentCreate.Body);
        Assert.Contains("\"productTaxs\":[{\"taxId\":", sentCreate.Body);
        Assert.Contains("\"purchaseTax\":{\"taxId\":", sentCreate.Body);
        Assert.Contains("\"images\":[\"", sentCreate.Body);

        var update = Op("2.4.4-put-products-id");
        var (sentUpdate, updated) = await SendAsync(update, c => c.Products.UpdateAsync(1001, SampleFill.New<ProductDraft>(nameof(ProductDraft.MasterProductId), nameof(ProductDraft.Images)), CancellationToken.None));
        AssertFilled(update, updated);
        Assert.Contains("\"isRewardPoint\":true", sentUpdate.Body);
        Assert.Contains("\"masterUnitId\":", sentUpdate.Body);

        // Each field is refused exactly where its operation does not document it, before any request.
        var api = new FakeApi().ServeDocumented(create, update);
        using (var connection = api.Connect())
        {
            var onCreate = await Assert.ThrowsAsync<ArgumentException>(() => connection.Products.CreateAsync(SampleFill.New<ProductDraft>(), CancellationToken.None));
            Assert.Contains("IsActive, IsRewardPoint", onCreate.Message);
            var onUpdate = await Assert.ThrowsAsync<ArgumentException>(() => connection.Products.UpdateAsync(1001, SampleFill.New<ProductDraft>(), CancellationToken.None));
            Assert.Contains("MasterProductId, Images", onUpdate.Message);
            Assert.Empty(api.Requests);
        }

        var names = typeof(ProductDraft).GetProperties().Where(p => p.CanWrite).Select(p => p.Name).ToList();
        foreach (var field in names.Except(new[] { nameof(ProductDraft.TaxIds), nameof(ProductDraft.PurchaseTaxId) }))
        {
            var only = SampleFill.All(new ProductDraft(), names.Where(n => n != field).ToArray());
            Assert.True((DocumentedFields.NotInProductCreate(only).Count > 0) != Documents(create, field), $"{field}: POST /products");
            Assert.True((DocumentedFields.NotInProductUpdate(only).Count > 0) != Documents(update, field), $"{field}: PUT /products/{{id}}");
        }

        await SendAsync(Op("2.4.5-delete-products-id"), c => c.Products.DeleteAsync(1001, CancellationToken.None));
    }

    [Fact]
    public async Task Category_create_update_and_delete()
    {
        var create = Op("2.3.3-post-categories");
        var (_, created) = await SendAsync(create, c => c.Categories.CreateAsync(SampleFill.New<CategoryDraft>(), CancellationToken.None));
        AssertFilled(create, created);

        var update = Op("2.3.4-put-categories-id");
        var (_, updated) = await SendAsync(update, c => c.Categories.UpdateAsync(1001, SampleFill.New<CategoryDraft>(), CancellationToken.None));
        AssertFilled(update, updated);

        await SendAsync(Op("2.3.5-delete-categories-id"), c => c.Categories.DeleteAsync(1001, CancellationToken.None));
    }

    [Fact]
    public async Task Order_create_update_and_cancel()
    {
        // Every field a caller can set (delivery, sale channel, sale time, makeInvoice, line VAT ids included), but the
        // delivery status and COD, which only invoices document.
        var create = Op("2.5.3-post-orders");
        var draft = SampleFill.New<OrderDraft>();
        WithoutInvoiceOnlyDelivery(draft.Delivery!);
        var (sentCreate, created) = await SendAsync(create, c => c.Orders.CreateAsync(draft, CancellationToken.None));
        AssertFilled(create, created);
        Assert.Contains("\"OrderDetailTaxs\":[{\"TaxId\":", sentCreate.Body);
        Assert.Contains("\"orderDelivery\":{", sentCreate.Body);
        Assert.Contains("\"makeInvoice\":true", sentCreate.Body);

        var update = Op("2.5.4-put-orders-id");
        var changes = SampleFill.New<OrderChanges>();
        changes.OrderDetails![0].Note = null;
        WithoutInvoiceOnlyDelivery(changes.Delivery!);
        var (_, updated) = await SendAsync(update, c => c.Orders.UpdateAsync(1001, changes, CancellationToken.None));
        AssertFilled(update, updated);

        // A delivery status or COD on an order is refused before sending, each named.
        var orderApi = new FakeApi().ServeDocumented(create, update);
        using (var orders = orderApi.Connect())
        {
            var onCreate = await Assert.ThrowsAsync<ArgumentException>(() => orders.Orders.CreateAsync(SampleFill.New<OrderDraft>(), CancellationToken.None));
            Assert.Contains("Delivery.Status, Delivery.UsingPriceCod, Delivery.PriceCodPayment", onCreate.Message);
            var statusOnly = SampleFill.New<OrderChanges>();
            statusOnly.OrderDetails = null;
            statusOnly.Delivery = new DeliveryDraft { Status = 3 };
            var onUpdate = await Assert.ThrowsAsync<ArgumentException>(() => orders.Orders.UpdateAsync(1001, statusOnly, CancellationToken.None));
            Assert.Contains("Delivery.Status", onUpdate.Message);
            Assert.Empty(orderApi.Requests);
        }

        // The F&B order create documents none of the retail extras.
        var fnb = DocumentedFields.NotInOrderCreate(SampleFill.New<OrderDraft>(), KiotVietEdition.FnB);
        Assert.Equal(new[] { "PurchaseDate", "SaleChannelId", "MakeInvoice", "Delivery", "TaxIds" }, fnb);

        // A line's note is documented for POST /orders but not for PUT /orders/{id}: refused before sending, named.
        var api = new FakeApi().ServeDocumented(update);
        using var connection = api.Connect();
        var noted = SampleFill.New<OrderChanges>();
        var refused = await Assert.ThrowsAsync<ArgumentException>(() => connection.Orders.UpdateAsync(1001, noted, CancellationToken.None));
        Assert.Contains("the note of line 1", refused.Message);
        Assert.DoesNotContain(api.Requests, r => r.Method == HttpMethod.Put);

        await SendAsync(Op("2.5.5-delete-orders-id"), c => c.Orders.CancelAsync(1001, true, CancellationToken.None), Op("2.5.2-get-orders-id"));
    }

    [Fact]
    public async Task Invoice_create_update_and_cancel()
    {
        // Every field a caller can set, the delivery (with COD) and line VAT ids included, but the COD amount, which
        // only the update documents.
        var create = Op("2.12.3-post-invoices");
        var draft = SampleFill.New<InvoiceDraft>();
        draft.Delivery!.PriceCodPayment = null;
        var (sentCreate, created) = await SendAsync(create, c => c.Invoices.CreateAsync(draft, CancellationToken.None));
        AssertFilled(create, created);
        Assert.Contains("\"InvoiceDetailTaxs\":[{\"TaxId\":", sentCreate.Body);
        Assert.Contains("\"deliveryDetail\":{", sentCreate.Body);

        var update = Op("2.12.4-put-invoices-id");
        var (sentUpdate, updated) = await SendAsync(update, c => c.Invoices.UpdateAsync(1001, SampleFill.New<InvoiceChanges>(), CancellationToken.None));
        AssertFilled(update, updated);
        Assert.Contains("\"invoiceDetailTaxs\":[{\"taxId\":", sentUpdate.Body);
        Assert.Contains("\"priceCodPayment\":", sentUpdate.Body);

        // The COD amount on a create is refused before sending, named.
        var invoiceApi = new FakeApi().ServeDocumented(create);
        using (var invoices = invoiceApi.Connect())
        {
            var refused = await Assert.ThrowsAsync<ArgumentException>(() => invoices.Invoices.CreateAsync(SampleFill.New<InvoiceDraft>(), CancellationToken.None));
            Assert.Contains("Delivery.PriceCodPayment", refused.Message);
            Assert.Empty(invoiceApi.Requests);
        }

        var cancel = Op("2.12.5-delete-invoices");
        var (_, cancelled) = await SendAsync(cancel, c => c.Invoices.CancelAsync(1001, true, CancellationToken.None));
        AssertFilled(cancel, cancelled);
    }

    private static void WithoutInvoiceOnlyDelivery(DeliveryDraft delivery)
    {
        delivery.Status = null;
        delivery.UsingPriceCod = null;
        delivery.PriceCodPayment = null;
    }

    [Fact]
    public void Each_delivery_field_is_refused_exactly_where_its_operation_does_not_document_it()
    {
        foreach (var field in typeof(DeliveryDraft).GetProperties().Where(p => p.CanWrite).Select(p => p.Name))
        {
            var delivery = SampleFill.All(new DeliveryDraft(), typeof(DeliveryDraft).GetProperties().Select(p => p.Name).Where(n => n != field).ToArray());
            var path = field == nameof(DeliveryDraft.PartnerDelivery) ? "partnerDelivery" : field;
            var refusedOnOrderCreate = DocumentedFields.NotInOrderCreate(new OrderDraft { Delivery = delivery }, KiotVietEdition.Retail).Count > 0;
            var refusedOnOrderUpdate = DocumentedFields.NotInOrderUpdate(new OrderChanges { Delivery = delivery }).Count > 0;
            var refusedOnInvoiceCreate = DocumentedFields.NotInInvoiceCreate(new InvoiceDraft { Delivery = delivery }).Count > 0;
            Assert.True(refusedOnOrderCreate != Documents(Op("2.5.3-post-orders"), "orderDelivery." + path), $"{field}: POST /orders");
            Assert.True(refusedOnOrderUpdate != Documents(Op("2.5.4-put-orders-id"), "orderDelivery." + path), $"{field}: PUT /orders/{{id}}");
            Assert.True(refusedOnInvoiceCreate != Documents(Op("2.12.3-post-invoices"), "deliveryDetail." + path), $"{field}: POST /invoices");
            Assert.True(Documents(Op("2.12.4-put-invoices-id"), "deliveryDetail." + path), $"{field}: PUT /invoices/{{id}} documents every delivery field");
        }
    }

    private static string[] Except(string field) =>
        typeof(CustomerDraft).GetProperties().Select(p => p.Name).Where(n => n != field).ToArray();

    // Whether either print of the operation's request has the field (compared without case: the model's names are C#'s).
    private static bool Documents(ApiOperation operation, string field) =>
        operation.Prints.SelectMany(p => p.RequestFields.Select(f => f.Name).Concat(JsonShape.FieldPaths(p.Request)))
            .Any(name => string.Equals(name.Replace("[]", ""), field, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public async Task Price_book_price()
    {
        await SendAsync(Op("2.17.3-post-pricebooks-detail"), c => c.PriceBooks.SetPriceAsync(SampleFill.New<PriceBookPrice>(), CancellationToken.None), Op("2.17.2-get-pricebooks-id"));
    }
}
