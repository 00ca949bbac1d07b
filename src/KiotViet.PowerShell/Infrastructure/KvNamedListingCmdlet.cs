using System;
using System.Management.Automation;

namespace KiotViet.Commands.Infrastructure;

/// <summary>A small reference list the API cannot filter by name: adds -Name, a wildcard matched here.</summary>
public abstract class KvNamedListingCmdlet<TItem, TQuery> : KvListingCmdlet<TItem, TQuery>
    where TItem : class, IKiotVietEntity
    where TQuery : ListQuery<TItem>, new()
{
    /// <summary>Only those whose name matches this wildcard pattern, without regard to case.</summary>
    [Parameter(Position = 0), SupportsWildcards, ValidateNotNullOrEmpty]
    [ValidateShopText(TextLimits.Name)]
    public string? Name { get; set; }

    protected override object? ErrorTarget => Name;

    /// <summary>The name -Name is matched against.</summary>
    protected abstract string? NameOf(TItem item);

    protected override Func<TItem, bool>? FilterHere => Name is null ? null : item => NameFilter.Matches(Name, NameOf(item));
}
