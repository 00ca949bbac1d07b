using System;
using System.Collections.Generic;
using System.Linq;

namespace KiotViet.Paging;

/// <summary>
/// Checks every page of one read before the listing believes it (docs/design.md, "The listing rule"). What can be handled is handled and
/// reported (rows without an id are skipped with a warning; a total that cannot be true is ignored and the listing reads
/// on to an empty page); what cannot ends the listing with an <see cref="KiotVietErrorKind.InvalidResponse"/> error that
/// names the request and what was wrong, so a partial result is never presented as a complete one.
/// </summary>
internal sealed class PageInspector<T>
    where T : class, IKiotVietEntity
{
    private readonly ListingLimits limits;
    private readonly Dictionary<ulong, long> offsetsByContent = new();
    private int rowsWithoutId;
    private int pagesWithoutProgress;
    private long furthest = -1;
    private long leastLeft = long.MaxValue;
    private bool totalDistrustReported;

    public PageInspector(ListingLimits limits) => this.limits = limits;

    /// <summary>The total to go by: the page's own when it can be true, null when the server's total is unusable.</summary>
    public int? Inspect(Page<T> page, long offset, ISet<long> seen)
    {
        var total = page.Total;
        if (!page.HasData)
        {
            if (total is { } t0 && t0 >= 0 && t0 <= offset)
            {
                return total; // nothing at this offset, and the answer says so: an empty end without a data list
            }

            throw Malformed(page, $"has no 'data' list (total {Describe(total)}, currentItem {offset}); the rows of this page are unknown");
        }

        CheckIds(page);
        var believable = total is { } t && (t > 0 || (t == 0 && page.Positions == 0));
        if (!believable && page.Positions > 0)
        {
            if (!totalDistrustReported)
            {
                totalDistrustReported = true;
                RequestObservation.Current?.Warning($"KiotViet answered {page.Request} with total {Describe(total)} and {page.Positions} rows; that total cannot be true, so the listing reads on until a page comes back empty, and shows no progress bar.");
            }

            total = null;
        }

        if (page.Positions == 0 && total is { } promised && promised > offset)
        {
            throw Malformed(page, $"is empty although its total says there are {promised} rows, so rows from {offset} on would be missing");
        }

        CheckRepeat(page, offset);
        return total;
    }

    /// <summary>
    /// Counts a page that read nothing new, or after which as much is left as before (the total grows as fast as the
    /// listing reads, or it steps back over rows already read); too many in a row end the listing.
    /// </summary>
    public void Progressed(Page<T> page, long next, int? total, int freshRows)
    {
        var left = total is { } t ? t - next : (long?)null;
        var progressed = freshRows > 0 && next > furthest && (left is null || left < leastLeft);
        furthest = Math.Max(furthest, next);
        if (left is { } l)
        {
            leastLeft = Math.Min(leastLeft, l);
        }

        pagesWithoutProgress = progressed ? 0 : pagesWithoutProgress + 1;
        if (pagesWithoutProgress > limits.MaxPagesWithoutProgress)
        {
            throw Malformed(page, $"was the {pagesWithoutProgress}th page in a row that brought no progress (new rows {freshRows}, next currentItem {next}, total {Describe(total)}): the server repeats rows or its total grows as fast as the listing reads. The listing stopped instead of paging without end; run it again, or raise ListingLimits.MaxPagesWithoutProgress");
        }

        if (next > ListingLimits.MaxOffset)
        {
            throw Malformed(page, $"leads past currentItem {ListingLimits.MaxOffset}, the largest offset KiotViet accepts");
        }
    }

    private void CheckIds(Page<T> page)
    {
        var withoutId = page.NullRows + page.Rows.Count(r => r.Id == 0);
        var negative = page.Rows.Count(r => r.Id < 0);
        var usable = page.Rows.Count - page.Rows.Count(r => r.Id <= 0);

        // One negative id per page is KiotViet's summary row; more than one are rows without a usable id.
        withoutId += Math.Max(0, negative - 1);
        if (usable == 0 && page.Positions > 1)
        {
            throw Malformed(page, $"has {page.Positions} rows and none with a usable id (null rows, ids missing, zero or negative)");
        }

        if (withoutId == 0)
        {
            return;
        }

        rowsWithoutId += withoutId;
        if (rowsWithoutId > limits.MaxRowsWithoutId)
        {
            throw Malformed(page, $"brings the rows without a usable id to {rowsWithoutId}, more than the {limits.MaxRowsWithoutId} a listing skips (ListingLimits.MaxRowsWithoutId)");
        }

        RequestObservation.Current?.Warning($"KiotViet answered {page.Request} with {withoutId} row(s) without a usable id (null, id missing, zero or negative); they were skipped, so the result lacks them.");
    }

    /// <summary>The same rows at a higher offset: the server ignores currentItem, and every later page would repeat.</summary>
    private void CheckRepeat(Page<T> page, long offset)
    {
        var ids = page.Rows.Where(r => r.Id > 0).Select(r => r.Id).ToList();
        if (ids.Count < 2)
        {
            return;
        }

        var content = Fingerprint(ids);
        if (offsetsByContent.TryGetValue(content, out var earlier))
        {
            if (offset > earlier)
            {
                throw Malformed(page, $"has exactly the rows of currentItem {earlier}: the server ignores currentItem, so the listing cannot read past them");
            }

            return;
        }

        offsetsByContent[content] = offset;
    }

    private static ulong Fingerprint(List<long> ids)
    {
        var hash = 14695981039346656037UL;
        foreach (var id in ids)
        {
            hash = (hash ^ (ulong)id) * 1099511628211UL;
        }

        return (hash ^ (ulong)ids.Count) * 1099511628211UL;
    }

    private static string Describe(int? total) => total?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "missing";

    private static KiotVietApiException Malformed(Page<T> page, string what) => new(
        KiotVietErrorKind.InvalidResponse,
        $"KiotViet's answer to {page.Request} {what}. The listing was stopped so that a partial result is not taken for a complete one.",
        requestMethod: "GET",
        requestPath: PathOf(page.Request));

    private static string PathOf(string request)
    {
        var path = request.StartsWith("GET ", StringComparison.Ordinal) ? request.Substring(4) : request;
        var q = path.IndexOf('?');
        return q < 0 ? path : path.Substring(0, q);
    }
}
