using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Caching;

namespace KiotViet.Resources;

/// <summary>
/// Short-lived per-connection cache of small reference lists (branches, categories, customer groups, price books) for argument
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

    /// <summary>A small reference list (price books, voucher campaigns…), read whole and kept for the cache lifetime.</summary>
    public Task<IReadOnlyList<T>> ListAsync<T>(ListQuery<T> query, CancellationToken cancellationToken)
        where T : class, IKiotVietEntity =>
        GetOrLoadAsync(typeof(T).Name, () => connection.Reads.List(query, new PageRequest(), cancellationToken));

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
