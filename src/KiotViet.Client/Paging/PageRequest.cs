using System;

namespace KiotViet;

/// <summary>How much of a listing to read: the whole of it by default.</summary>
public sealed class PageRequest
{
    /// <summary>The API's maximum page size, and the default.</summary>
    public const int MaxPageSize = 100;

    private int pageSize = MaxPageSize;

    public int PageSize
    {
        get => pageSize;
        set => pageSize = value is >= 1 and <= MaxPageSize ? value : throw new ArgumentOutOfRangeException(nameof(PageSize), value, $"The page size must be between 1 and {MaxPageSize}.");
    }

    private long skip;
    private long? first;

    /// <summary>Rows to skip before the first one returned (sent as currentItem, so at most <see cref="ListingLimits.MaxOffset"/>).</summary>
    public long Skip
    {
        get => skip;
        set => skip = value is >= 0 and <= ListingLimits.MaxOffset ? value : throw new ArgumentOutOfRangeException(nameof(Skip), value, $"Skip must be between 0 and {ListingLimits.MaxOffset}, the largest offset KiotViet accepts.");
    }

    /// <summary>
    /// Where an earlier read of the same listing stopped: this one reads on from there (the rows before it are not
    /// read again); null starts at <see cref="Skip"/>.
    /// </summary>
    public KiotViet.Paging.ListingCheckpoint? ResumeAt { get; set; }

    /// <summary>Stop after this many items; null reads everything.</summary>
    public long? First
    {
        get => first;
        set => first = value is null or >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(First), value, "First must be 0 or more.");
    }
}
