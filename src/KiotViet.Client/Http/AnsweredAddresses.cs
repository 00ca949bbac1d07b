using System;
using System.Collections.Concurrent;

namespace KiotViet.Http;

/// <summary>
/// The addresses that have answered this connection. A refused connection to one of them is a restart or a blip in
/// the middle of a run, worth the normal retries; to any other it is a wrong address, reported at once.
/// </summary>
internal sealed class AnsweredAddresses
{
    private readonly ConcurrentDictionary<string, bool> answered = new(StringComparer.OrdinalIgnoreCase);

    public void Add(Uri address) => answered.TryAdd(Key(address), true);

    public bool Contains(Uri address) => answered.ContainsKey(Key(address));

    private static string Key(Uri address) => address.GetLeftPart(UriPartial.Authority);
}
