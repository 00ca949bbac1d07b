using System;
using System.Collections.Generic;

namespace KiotViet.Writes;

/// <summary>
/// The ids of the records this connection reported as written, one registry per connection, which single writes and
/// batches alike consult and fill: a lookup never claims a record another write of this connection reported, so two
/// identical rows create two records (docs/design.md, "The write rule").
/// </summary>
internal sealed class ClaimedIds
{
    private readonly object sync = new();
    private readonly HashSet<long> ids = new();

    public bool Contains(long id)
    {
        lock (sync)
        {
            return ids.Contains(id);
        }
    }

    /// <summary>Claims the id; false when another write claimed it first.</summary>
    public bool TryClaim(long id)
    {
        lock (sync)
        {
            return ids.Add(id);
        }
    }

    /// <summary>
    /// Runs a match that chooses records and claims them (a batch's read-back), as one step against every other
    /// claim of this connection, so two matches running side by side never choose the same record.
    /// </summary>
    public T Matching<T>(Func<T> match)
    {
        lock (sync)
        {
            return match();
        }
    }
}
