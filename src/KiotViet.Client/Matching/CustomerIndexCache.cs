using System;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Caching;

namespace KiotViet.Matching;

/// <summary>
/// The connection's index of every customer by e-mail and phone, for matching. Building it costs one request per 100
/// customers, so it is kept for <see cref="Resources.LookupCache.Lifetime"/>; a refresh rebuilds it.
/// </summary>
public sealed class CustomerIndexCache : IDisposable
{
    private const string Key = "customer-index";

    private readonly ExpiringCache cache = new();
    private readonly KiotVietConnection connection;

    internal CustomerIndexCache(KiotVietConnection connection) => this.connection = connection;

    /// <summary>True when the index is cached, so a lookup costs no request.</summary>
    public bool IsCached => cache.TryGet(Key, out CustomerIndex? _);

    public async Task<CustomerIndex> GetAsync(bool refresh, CancellationToken cancellationToken)
    {
        if (refresh)
        {
            cache.Remove(Key);
        }

        if (cache.TryGet(Key, out CustomerIndex? cached))
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
        return cache.Set(Key, index, Resources.LookupCache.Lifetime);
    }

    public void Dispose() => cache.Dispose();
}
