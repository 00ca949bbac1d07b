using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;

namespace KiotViet.Commands.Infrastructure;

/// <summary>A list the API answers whole in one request (no paging): read it, write what matches -Name (-First/-Skip counted here).</summary>
public abstract class KvOneRequestListCmdlet<TItem> : KvConnectedCmdlet
{
    /// <summary>Only those whose name matches this wildcard pattern, without regard to case.</summary>
    [Parameter(Position = 0), SupportsWildcards, ValidateNotNullOrEmpty]
    [ValidateShopText(TextLimits.Name)]
    public string? Name { get; set; }

    /// <summary>The one request.</summary>
    protected abstract Task<IReadOnlyList<TItem>> ReadAsync(CancellationToken cancellationToken);

    /// <summary>The name -Name is matched against.</summary>
    protected abstract string? NameOf(TItem item);

    protected override void End()
    {
        try
        {
            var page = new LocalPage(PagingParameters);
            foreach (var item in Await(ReadAsync))
            {
                if (NameFilter.Matches(Name, NameOf(item)) && page.Take())
                {
                    WriteObject(item);
                }
            }

            if (PagingParameters?.IncludeTotalCount == true)
            {
                WriteObject(PagingParameters.NewTotalCount(page.Matched, 1.0));
            }
        }
        catch (KiotVietApiException ex)
        {
            WriteApiError(ex, Name);
        }
    }
}
