using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;

namespace KiotViet.Commands.Infrastructure;

/// <summary>A list the API answers whole in one request (no paging): read it, write what matches -Name.</summary>
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
            foreach (var item in Await(ReadAsync))
            {
                if (NameFilter.Matches(Name, NameOf(item)))
                {
                    WriteObject(item);
                }
            }
        }
        catch (KiotVietApiException ex)
        {
            WriteApiError(ex, Name);
        }
    }
}
