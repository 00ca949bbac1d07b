using System.Management.Automation;

namespace KiotViet.Commands.Infrastructure;

/// <summary>
/// -First/-Skip counted here over the items a filter of ours lets through, or over a list KiotViet answers unpaged:
/// the API's paging cannot count what only we choose.
/// </summary>
internal sealed class LocalPage
{
    private ulong toSkip;
    private ulong left;

    public LocalPage(PagingParameters? paging)
    {
        toSkip = paging?.Skip ?? 0;
        left = paging?.First ?? ulong.MaxValue;
    }

    /// <summary>Items that matched, skipped ones included: the total -IncludeTotalCount reports.</summary>
    public ulong Matched { get; private set; }

    /// <summary>True once -First items were taken: reading on is needed only to count.</summary>
    public bool Full => left == 0;

    /// <summary>Counts a matching item; true when it is to be written.</summary>
    public bool Take()
    {
        Matched++;
        if (toSkip > 0)
        {
            toSkip--;
            return false;
        }

        if (left == 0)
        {
            return false;
        }

        left--;
        return true;
    }
}
