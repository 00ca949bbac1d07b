using System;
using Microsoft.Extensions.Caching.Memory;

namespace KiotViet.Caching;

/// <summary>An in-memory cache whose entries expire a fixed time after they are set (a MemoryCache underneath).</summary>
public sealed class ExpiringCache : IDisposable
{
    private readonly MemoryCache cache = new(new MemoryCacheOptions());

    public bool TryGet<T>(string key, out T? value)
        where T : class
    {
        if (cache.TryGetValue(key, out var found) && found is T typed)
        {
            value = typed;
            return true;
        }

        value = null;
        return false;
    }

    public T Set<T>(string key, T value, TimeSpan lifetime)
        where T : class => cache.Set(key, value, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = lifetime });

    public void Remove(string key) => cache.Remove(key);

    public void Dispose() => cache.Dispose();
}
