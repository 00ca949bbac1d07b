using System;
using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Gets returns (trả hàng) of invoices, streamed page by page.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "KvReturn", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(Return))]
public sealed class GetKvReturnCommand : KvTrackedListingCmdlet<Return, ReturnQuery>
{

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true), Alias("ReturnId"), ValidateRange(1, long.MaxValue)]
    public long[]? Id { get; set; }

    /// <summary>Exact return code(s), e.g. TH000012.</summary>
    [Parameter(Mandatory = true, ParameterSetName = CodeSet), Alias("ReturnCode"), ValidateNotNullOrEmpty]
    public string[]? Code { get; set; }

    /// <summary>Returned on or after this date (shop time when no time zone is given).</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ShopDateTransformation]
    [ValidateShopDate]
    public DateTime FromReturnDate { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    [ShopDateTransformation]
    [ValidateShopDate]
    public DateTime ToReturnDate { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    [ValidateSet("Code", "ReturnDate", "CreatedDate", "ModifiedDate")]
    public string? OrderBy { get; set; }

    protected override string ItemsName => "returns";

    protected override void WriteByKey() => WriteKeys(Id, Code);

    protected override ReturnQuery NewQuery() => new()
    {
        FromReturnDate = Given(nameof(FromReturnDate), FromReturnDate),
        ToReturnDate = Given(nameof(ToReturnDate), ToReturnDate),
        OrderBy = OrderBy,
    };
}
