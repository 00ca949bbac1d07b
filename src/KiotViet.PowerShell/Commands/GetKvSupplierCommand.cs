using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Gets suppliers (nhà cung cấp), streamed page by page.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "KvSupplier", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(Supplier), typeof(RemovedRecord))]
public sealed class GetKvSupplierCommand : KvRemovableListingCmdlet<Supplier, SupplierQuery>
{

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true), Alias("SupplierId"), ValidateRange(1, long.MaxValue)]
    public long[]? Id { get; set; }

    /// <summary>Suppliers whose code contains this text.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateNotNullOrEmpty]
    [ValidateShopText(TextLimits.Code)]
    public string? Code { get; set; }

    /// <summary>Suppliers whose name contains this text.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateNotNullOrEmpty]
    [ValidateShopText(TextLimits.Name)]
    public string? Name { get; set; }

    /// <summary>Suppliers whose phone number contains these digits.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateNotNullOrEmpty]
    public string? ContactNumber { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    [ValidateSet("Code", "Name", "CreatedDate", "ModifiedDate")]
    public string? OrderBy { get; set; }

    protected override string ItemsName => "suppliers";

    protected override void WriteByKey() => WriteKeys(Id);

    protected override SupplierQuery NewQuery() => new() { Code = Code, Name = Name, ContactNumber = ContactNumber, OrderBy = OrderBy };
}
