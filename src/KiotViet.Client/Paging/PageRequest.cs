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

    /// <summary>Rows to skip before the first one returned (sent as currentItem).</summary>
    public long Skip { get; set; }

    /// <summary>Stop after this many items; null reads everything.</summary>
    public long? First { get; set; }
}
