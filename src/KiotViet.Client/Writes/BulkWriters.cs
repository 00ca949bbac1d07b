using System;
using System.Collections.Generic;

namespace KiotViet.Writes;

/// <summary>
/// The writers of the resources that have bulk endpoints (customers, products), built from their clients: a row
/// alone goes through the resource's single write, a batch through its batch client, and each row's conflict key is
/// the record it writes (its code for a create, its id for an update).
/// </summary>
internal static class BulkWriters
{
    /// <summary>Fewer rows than this are sent one by one: a batch costs a request and a read-back.</summary>
    public const int SmallestBatch = 10;

    public static BulkWriter<CustomerDraft, Customer> CustomerCreates(KiotVietConnection shop, int batchSize) =>
        new BulkWriter<CustomerDraft, Customer>(shop.Customers.CreateAsync, d => CodeKey(d.Code))
            .WithBatches(shop.CustomerBatches.CreateAsync, Resources.CustomerBatchClient.CanCarry, batchSize, SmallestBatch);

    public static BulkWriter<(long Id, CustomerDraft Changes), Customer> CustomerUpdates(KiotVietConnection shop, int batchSize) =>
        new BulkWriter<(long Id, CustomerDraft Changes), Customer>((row, ct) => shop.Customers.UpdateAsync(row.Id, row.Changes, ct), row => IdKey(row.Id))
            .WithBatches(shop.CustomerBatches.UpdateAsync, row => Resources.CustomerBatchClient.CanCarry(row.Changes), batchSize, SmallestBatch);

    public static BulkWriter<ProductDraft, Product> ProductCreates(KiotVietConnection shop, int batchSize) =>
        new BulkWriter<ProductDraft, Product>(shop.Products.CreateAsync, d => CodeKey(d.Code))
            .WithBatches(shop.ProductBatches.CreateAsync, Resources.ProductBatchClient.CanCarry, batchSize, SmallestBatch);

    public static BulkWriter<(long Id, ProductDraft Changes), Product> ProductUpdates(KiotVietConnection shop, int batchSize) =>
        new BulkWriter<(long Id, ProductDraft Changes), Product>((row, ct) => shop.Products.UpdateAsync(row.Id, row.Changes, ct), row => IdKey(row.Id))
            .WithBatches(shop.ProductBatches.UpdateAsync, row => Resources.ProductBatchClient.CanCarry(row.Changes), batchSize, SmallestBatch);

    /// <summary>The key of the record with this id ("id:5").</summary>
    public static IReadOnlyCollection<string> IdKey(long id) => new[] { $"id:{id}" };

    private static IReadOnlyCollection<string> CodeKey(string? code) => code is null ? Array.Empty<string>() : new[] { "code:" + code };
}
