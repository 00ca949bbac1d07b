using System;
using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Gets KiotViet customers: all of them by default, streamed page by page.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "KvCustomer", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(Customer), typeof(RemovedRecord))]
public sealed class GetKvCustomerCommand : KvListCmdlet
{
    private const string IdSet = "Id";
    private const string CodeSet = "Code";

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("CustomerId")]
    [ValidateRange(1, long.MaxValue)]
    public long[]? Id { get; set; }

    /// <summary>Exact customer code(s), e.g. KH000123.</summary>
    [Parameter(Mandatory = true, ParameterSetName = CodeSet, ValueFromPipelineByPropertyName = true)]
    [Alias("CustomerCode")]
    [ValidateNotNullOrEmpty]
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

    /// <summary>Only customers changed at or after this time (shop time when the date has no time zone).</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ShopDateTransformation]
    [ValidateShopDate]
    public DateTime ModifiedSince { get; set; }

    /// <summary>Also emit a removal record for each customer deleted since -ModifiedSince.</summary>
    [Parameter(ParameterSetName = ListSet)]
    public SwitchParameter IncludeRemoved { get; set; }

    /// <summary>Adds TotalInvoiced, TotalPoint and TotalRevenue.</summary>
    [Parameter(ParameterSetName = ListSet)]
    public SwitchParameter IncludeTotals { get; set; }

    /// <summary>Fills Groups with the customer's group names.</summary>
    [Parameter(ParameterSetName = ListSet)]
    public SwitchParameter IncludeGroups { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    [ValidateSet("Id", "Code", "Name", "CreatedDate", "ModifiedDate")]
    public string? OrderBy { get; set; }


    protected override void Process()
    {
        switch (ParameterSetName)
        {
            case IdSet:
                WriteEach(Id!, Shop.Customers.GetAsync, WriteObject);
                break;
            case CodeSet:
                WriteEach(Code!, Shop.Customers.GetByCodeAsync, WriteObject);
                break;
            default:
                WriteListing();
                break;
        }
    }


    private void WriteListing()
    {
        var query = new CustomerQuery
        {
            Name = Name,
            ContactNumber = ContactNumber,
            GroupId = Given(nameof(GroupId), GroupId),
            ModifiedSince = Given(nameof(ModifiedSince), ModifiedSince),
            IncludeTotals = IncludeTotals,
            IncludeGroups = IncludeGroups,
            OrderBy = OrderBy,
            Descending = Descending,
        };

        var sync = IncrementalSync.Open(this, SyncState, "Customer", Shop.Retailer);
        if (sync is not null)
        {
            query.ModifiedSince = sync.ModifiedSince;
        }

        query.IncludeRemoved = IncludeRemoved && query.ModifiedSince is not null;
        WriteListing(
            () => Shop.Customers.List(query, Paging(), CancellationToken),
            "Reading KiotViet customers",
            sync,
            query.IncludeRemoved ? "Customer" : null,
            WriteObject);
    }
}
