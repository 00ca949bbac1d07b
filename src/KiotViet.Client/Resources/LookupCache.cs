using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Matching;
using KiotViet.Caching;

namespace KiotViet.Resources;

/// <summary>
/// Short-lived per-connection cache of small reference lists (branches, categories, customer groups) for argument
/// completion and name lookups, so pressing Tab does not spend the shop's request budget each time.
/// </summary>
public sealed class LookupCache : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private readonly ExpiringCache cache = new();
    private readonly KiotVietConnection connection;

    internal LookupCache(KiotVietConnection connection) => this.connection = connection;

    public Task<IReadOnlyList<Branch>> BranchesAsync(CancellationToken cancellationToken) =>
        GetOrLoadAsync("branches", () => connection.Branches.List(new BranchQuery(), new PageRequest(), cancellationToken));

    public Task<IReadOnlyList<Category>> CategoriesAsync(CancellationToken cancellationToken) =>
        GetOrLoadAsync("categories", () => connection.Categories.ListFlat(cancellationToken));

    public Task<IReadOnlyList<CustomerGroup>> CustomerGroupsAsync(CancellationToken cancellationToken) =>
        GetOrLoadAsync("customer-groups", () => connection.Customers.ListGroups(new PageRequest(), cancellationToken));

    /// <summary>
    /// Every customer indexed by e-mail and phone, for matching. Costs one request per 100 customers, so it is kept
    /// for the cache lifetime; <paramref name="refresh"/> rebuilds it.
    /// </summary>
    public async Task<CustomerIndex> CustomerIndexAsync(bool refresh, CancellationToken cancellationToken)
    {
        if (refresh)
        {
            cache.Remove("customer-index");
        }

        if (cache.TryGet("customer-index", out CustomerIndex? cached))
        {
            return cached!;
        }

        var index = new CustomerIndex();
        await Task.Run(() =>
        {
            foreach (var customer in connection.Customers.List(new CustomerQuery(), new PageRequest(), cancellationToken))
            {
                index.Add(customer);
            }
        }, cancellationToken).ConfigureAwait(false);
        return cache.Set("customer-index", index, Lifetime);
    }

    /// <summary>True when the customer index is cached, so a lookup costs no request.</summary>
    public bool HasCustomerIndex => cache.TryGet("customer-index", out CustomerIndex? _);

    public void Dispose() => cache.Dispose();

    private async Task<IReadOnlyList<T>> GetOrLoadAsync<T>(string key, Func<IEnumerable<T>> load)
    {
        if (cache.TryGet(key, out IReadOnlyList<T>? cached))
        {
            return cached!;
        }

        var items = await Task.Run(() => (IReadOnlyList<T>)load().ToList()).ConfigureAwait(false);
        return cache.Set(key, items, Lifetime);
    }
}
