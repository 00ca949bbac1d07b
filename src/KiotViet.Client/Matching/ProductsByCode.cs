using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Resources;

namespace KiotViet.Matching;

/// <summary>
/// The products a write run names by code (Set-KvProduct, Set-KvPriceBookDetail), each read once per run and at the
/// fewest GETs: by code one at a time while that is cheaper, else the shop's product list once
/// (<see cref="ReadPlan{T}"/>). A code the shop does not have is a NotFound failure either way.
/// </summary>
internal sealed class ProductsByCode
{
    private readonly ReadClient reads;
    private readonly ReadPlan<Product> plan;
    private readonly Dictionary<string, Product> known = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim oneAtATime = new(1, 1);
    private bool listed;

    public ProductsByCode(ReadClient reads)
    {
        this.reads = reads;
        plan = new ReadPlan<Product>(reads, () => new ProductQuery());
    }

    /// <summary>The product with this code; a <see cref="KiotVietErrorKind.NotFound"/> failure when the shop has none.</summary>
    public async Task<Product> FindAsync(string code, CancellationToken cancellationToken)
    {
        var wanted = code.Trim();
        await oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (known.TryGetValue(wanted, out var product))
            {
                return product;
            }

            if (!listed && await plan.ListIsCheaperAsync(1, cancellationToken).ConfigureAwait(false))
            {
                await Task.Run(
                    () =>
                    {
                        foreach (var listedProduct in plan.List(cancellationToken))
                        {
                            if (listedProduct.Code is { } listedCode && !known.ContainsKey(listedCode.Trim()))
                            {
                                known[listedCode.Trim()] = listedProduct;
                            }
                        }
                    },
                    cancellationToken).ConfigureAwait(false);
                listed = true;
            }

            if (listed)
            {
                return known.TryGetValue(wanted, out product)
                    ? product
                    : throw new KiotVietApiException(KiotVietErrorKind.NotFound, $"The shop has no product with code '{wanted}'.");
            }

            plan.Spent(1);
            product = await reads.GetByCodeAsync<Product>(wanted, cancellationToken).ConfigureAwait(false);
            known[wanted] = product;
            return product;
        }
        finally
        {
            oneAtATime.Release();
        }
    }
}
