using System;
using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Gets the price books (bảng giá) of the shop.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "KvPriceBook", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(PriceBook))]
public sealed class GetKvPriceBookCommand : KvTrackedListingCmdlet<PriceBook, PriceBookQuery>
{

    /// <summary>Only price books whose name matches this wildcard pattern.</summary>
    [Parameter(Position = 0), SupportsWildcards, ValidateNotNullOrEmpty]
    [ValidateShopText(TextLimits.Name)]
    public string? Name { get; set; }

    /// <summary>Fills Branches and CustomerGroups (the scope of each price book).</summary>
    [Parameter(ParameterSetName = ListSet)]
    public SwitchParameter IncludeScope { get; set; }

    protected override string ItemsName => "price books";

    protected override PriceBookQuery NewQuery() => new() { IncludeScope = IncludeScope };

    protected override Func<PriceBook, bool>? FilterHere => Name is null ? null : book => NameFilter.Matches(Name, book.Name);
}
