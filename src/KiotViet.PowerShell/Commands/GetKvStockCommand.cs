using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Gets stock on hand (tồn kho) per product and branch, streamed page by page.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "KvStock", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(ProductStock))]
public sealed class GetKvStockCommand : KvTrackedListingCmdlet<ProductStock, StockQuery>
{

    /// <summary>Only the stock in these branches.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateRange(1, long.MaxValue)]
    [ArgumentCompleter(typeof(BranchCompleter))]
    public long[]? BranchId { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    [ValidateSet("Code", "ModifiedDate")]
    public string? OrderBy { get; set; }

    protected override string ItemsName => "stock";

    protected override StockQuery NewQuery() => new() { BranchIds = BranchId, OrderBy = OrderBy };
}
