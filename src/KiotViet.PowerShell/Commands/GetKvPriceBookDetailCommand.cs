using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Gets the products' prices in a price book, streamed page by page.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "KvPriceBookDetail", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(PriceBookDetail))]
public sealed class GetKvPriceBookDetailCommand : KvListingCmdlet<PriceBookDetail, PriceBookDetailQuery>
{

    /// <summary>The price book; price books piped from Get-KvPriceBook bind by their Id.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true), Alias("Id"), ValidateRange(1, long.MaxValue)]
    [ArgumentCompleter(typeof(PriceBookCompleter))]
    public long PriceBookId { get; set; }

    protected override string ItemsName => "prices";

    protected override object? ErrorTarget => PriceBookId;

    protected override PriceBookDetailQuery NewQuery() => new() { PriceBookId = PriceBookId };
}
