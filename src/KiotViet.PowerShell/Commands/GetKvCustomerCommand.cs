using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Gets KiotViet customers: all of them by default, streamed page by page.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "KvCustomer", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(Customer), typeof(RemovedRecord))]
public sealed class GetKvCustomerCommand : KvRemovableListingCmdlet<Customer, CustomerQuery>
{
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("CustomerId"), ValidateRange(1, long.MaxValue)]
    public long[]? Id { get; set; }

    /// <summary>Exact customer code(s), e.g. KH000123.</summary>
    [Parameter(Mandatory = true, ParameterSetName = CodeSet, ValueFromPipelineByPropertyName = true)]
    [Alias("CustomerCode"), ValidateNotNullOrEmpty]
    [ValidateShopText(TextLimits.Code)]
    public string[]? Code { get; set; }

    /// <summary>Customers whose name contains this text.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateNotNullOrEmpty]
    [ValidateShopText(TextLimits.Name)]
    public string? Name { get; set; }

    /// <summary>Customers whose phone number contains these digits.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [Alias("Phone")]
    [ValidateNotNullOrEmpty]
    [ValidatePhoneNumber(AllowPartial = true)]
    public string? ContactNumber { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    [ValidateRange(1, long.MaxValue)]
    [ArgumentCompleter(typeof(CustomerGroupCompleter))]
    public long GroupId { get; set; }

    /// <summary>Adds TotalInvoiced, TotalPoint and TotalRevenue.</summary>
    [Parameter(ParameterSetName = ListSet)]
    public SwitchParameter IncludeTotals { get; set; }

    /// <summary>Fills Groups with the customer's group names.</summary>
    [Parameter(ParameterSetName = ListSet)]
    public SwitchParameter IncludeGroups { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    [ValidateSet("Id", "Code", "Name", "CreatedDate", "ModifiedDate")]
    public string? OrderBy { get; set; }

    protected override string ItemsName => "customers";

    protected override void WriteByKey() => WriteKeys(Id, Code, Shop.Customers.GetAsync, Shop.Customers.GetByCodeAsync);

    protected override CustomerQuery NewQuery() => new()
    {
        Name = Name,
        ContactNumber = ContactNumber,
        GroupId = Given(nameof(GroupId), GroupId),
        IncludeTotals = IncludeTotals,
        IncludeGroups = IncludeGroups,
        OrderBy = OrderBy,
    };
}
