using System.Collections.Generic;

namespace KiotViet.Paging;

/// <summary>
/// Where a listing stands after an item: the offset of the next row, and the ids of the rows read in the current and
/// the previous page. A listing started again from it (<see cref="PageRequest.ResumeAt"/>) reads on from that row,
/// one row before it as usual, and checks and de-duplicates against those ids, so rows that moved while it was not
/// running are noticed as on any page (it steps back until it finds a row it had read).
/// </summary>
public sealed class ListingCheckpoint
{
    /// <summary>Offset (currentItem) of the row after the last one handed out.</summary>
    public long Next { get; set; }

    /// <summary>Items handed out before this point (for progress), counted over every run of the listing.</summary>
    public long ItemsBefore { get; set; }

    /// <summary>Ids of the rows of the current page up to this point and of the page before it.</summary>
    public List<long> RecentIds { get; set; } = new();

    /// <summary>How many pages had rows handed out up to this point: the page the last item came from.</summary>
    public int Page { get; set; }
}
