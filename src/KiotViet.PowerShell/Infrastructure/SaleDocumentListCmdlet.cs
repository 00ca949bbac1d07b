using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace KiotViet.Commands.Infrastructure;

/// <summary>The filters invoices and orders share: customers (also piped), branches, change times, sort order.</summary>
public abstract class SaleDocumentListCmdlet : KvListCmdlet
{
    /// <summary>Only those of these customers; customers piped from Get-KvCustomer bind here.</summary>
    [Parameter(ParameterSetName = ListSet, ValueFromPipeline = true)]
    public Customer[]? Customer { get; set; }

    [Parameter(ParameterSetName = ListSet, ValueFromPipelineByPropertyName = true)]
    [ValidateRange(1, long.MaxValue)]
    public long[]? CustomerId { get; set; }

    [Parameter(ParameterSetName = ListSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ValidateShopText(TextLimits.Code)]
    public string? CustomerCode { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    [ValidateRange(1, long.MaxValue)]
    [ArgumentCompleter(typeof(BranchCompleter))]
    public long[]? BranchId { get; set; }

    /// <summary>Changed at or after this time.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ShopDateTransformation]
    [ValidateShopDate]
    public DateTime ModifiedSince { get; set; }

    /// <summary>Changed at or before this time.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ShopDateTransformation]
    [ValidateShopDate]
    public DateTime ModifiedUntil { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    [ValidateSet("Id", "Code", "PurchaseDate", "CreatedDate", "ModifiedDate")]
    public string? OrderBy { get; set; }

    /// <summary>The customer ids given or piped, or null for all customers. A sync follows the whole shop.</summary>
    protected IList<long>? SelectedCustomerIds()
    {
        var ids = (CustomerId ?? Array.Empty<long>()).Concat(Customer?.Select(c => c.Id) ?? Enumerable.Empty<long>()).Distinct().ToList();
        if (ids.Count == 0)
        {
            return null;
        }

        if (SyncState is not null)
        {
            ThrowTerminatingError(ErrorRecords.InvalidInput("KiotVietSyncStateConflict", "-SyncState follows every document of the shop; it cannot be limited to customers.", ids[0]));
        }

        return ids;
    }
}
