using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Http;
using KiotViet.Json;
using KiotViet.Paging;
using KiotViet.Writes;

namespace KiotViet.Resources;

/// <summary>Products (hàng hóa).</summary>
public sealed class ProductClient : ResourceClient
{
    private const string Collection = "products";

    internal ProductClient(ApiTransport transport, int readAhead)
        : base(transport, readAhead)
    {
    }

    public Task<Product> GetAsync(long id, CancellationToken cancellationToken) =>
        GetByIdAsync<Product>(Collection, id, cancellationToken);

    public Task<Product> GetByCodeAsync(string code, CancellationToken cancellationToken) =>
        GetByCodeAsync<Product>(Collection, code, cancellationToken);

    /// <summary>
    /// Creates a product, exactly once: when the answer is lost, the product is looked up (by code, which is unique
    /// in a shop; without one, by name among the products changed since the create began) before anything is resent.
    /// </summary>
    public Task<Product> CreateAsync(ProductDraft draft, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(draft.Name))
        {
            throw new ArgumentException("A product needs a name.", nameof(draft));
        }

        DocumentedFields.CheckProductCreate(draft);

        return Writes.RunAsync(
            new WriteOperation<Product>(
                $"the create of product '{draft.Name}'" + (draft.Code is null ? "" : $" ({draft.Code})"),
                ct => Transport.SendAsync(ApiRequest.Post(Collection, draft), ResponseBody.ReadObject<Product>, ct),
                (context, ct) => FindCreatedAsync(draft, context, ct),
                p => p.Id),
            cancellationToken);
    }

    /// <summary>Updates a product; when the answer is lost, the product is read back and compared before resending.</summary>
    public async Task<Product> UpdateAsync(long id, ProductDraft changes, CancellationToken cancellationToken)
    {
        DocumentedFields.CheckProductUpdate(changes);
        var updated = await UpdateRecordAsync<Product, ProductDraft>("product", Collection, id, changes, ProductWriteCheck.Shows, cancellationToken).ConfigureAwait(false);
        return ProductWriteCheck.WithChangesShown(updated, changes);
    }

    /// <summary>Deletes a product; returns KiotViet's confirmation message. When the answer is lost, gone means done.</summary>
    public Task<string?> DeleteAsync(long id, CancellationToken cancellationToken) =>
        DeleteRecordAsync<Product>("product", Collection, id, cancellationToken);

    private async Task<Reconciliation<Product>> FindCreatedAsync(ProductDraft draft, WriteContext context, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(draft.Code))
        {
            var byCode = await FindByCodeAsync<Product>(Collection, draft.Code!.Trim(), cancellationToken).ConfigureAwait(false);
            return byCode is not null && ProductWriteCheck.CreatedRecord(draft, new[] { byCode }, context) is not null
                ? Reconciliation<Product>.Applied(byCode)
                : Reconciliation<Product>.NotApplied;
        }

        // Without a code KiotViet generated one: the products changed since the write began, by name and the other fields.
        var query = new ProductQuery { ModifiedSince = context.CreatedSince.UtcDateTime, CategoryId = draft.CategoryId };
        var candidates = await Task.Run(() => List(query, new PageRequest(), cancellationToken).ToList(), cancellationToken).ConfigureAwait(false);
        var found = ProductWriteCheck.CreatedRecord(draft, candidates, context);
        return found is null ? Reconciliation<Product>.NotApplied : Reconciliation<Product>.Applied(found);
    }
}
