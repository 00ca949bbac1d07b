using System;

namespace KiotViet;

/// <summary>
/// How much a listing tolerates before it stops believing the server: the page checks' limits, with their defaults
/// in one place. A listing that hits one ends with an <see cref="KiotVietErrorKind.InvalidResponse"/> error.
/// </summary>
public sealed class ListingLimits
{
    public const int DefaultMaxPagesWithoutProgress = 8;
    public const int DefaultMaxRowsWithoutId = 100;

    /// <summary>The highest offset a request can carry: KiotViet reads <c>currentItem</c> as a 32-bit integer.</summary>
    public const long MaxOffset = int.MaxValue;

    /// <summary>
    /// Consecutive pages that bring no new row, or after which as much is left to read as before (a total that grows
    /// as fast as the listing reads), before the listing stops instead of paging on without end.
    /// </summary>
    public int MaxPagesWithoutProgress { get; set; } = DefaultMaxPagesWithoutProgress;

    /// <summary>Rows without a usable id (missing, zero, null rows) that are skipped with a warning before the listing stops.</summary>
    public int MaxRowsWithoutId { get; set; } = DefaultMaxRowsWithoutId;

    internal void Validate()
    {
        if (MaxPagesWithoutProgress < 1 || MaxRowsWithoutId < 0)
        {
            throw new ArgumentException("ListingLimits: MaxPagesWithoutProgress must be at least 1 and MaxRowsWithoutId 0 or more.");
        }
    }
}
