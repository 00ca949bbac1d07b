using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace KiotViet.Commands.Infrastructure;

/// <summary>The filters invoices and orders share: customers (also piped), branches, change times, sort order.</summary>
public abstract class SaleDocumentListCmdlet<TItem, TQuery> : KvTrackedListingCmdlet<TItem, TQuery>
    where TItem : class, ITrackedEntity
    where TQuery : SaleDocumentQuery<TItem>, new()
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

    /// <summary>Changed at or before this time.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ShopDateTransformation]
    [ValidateShopDate]
    public DateTime ModifiedUntil { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    [ValidateSet("Id", "Code", "PurchaseDate", "CreatedDate", "ModifiedDate")]
    public string? OrderBy { get; set; }

    protected override object? ErrorTarget => (object?)Customer?.FirstOrDefault() ?? CustomerId?.FirstOrDefault();

    /// <summary>The document's own filters (statuses, purchase dates…).</summary>
    protected abstract TQuery NewDocumentQuery();

    protected sealed override TQuery NewQuery()
    {
        var query = NewDocumentQuery();
        query.CustomerIds = SelectedCustomerIds();
        query.CustomerCode = CustomerCode;
        query.BranchIds = BranchId;
        query.ModifiedUntil = Given(nameof(ModifiedUntil), ModifiedUntil);
        query.OrderBy = OrderBy;
        return query;
    }

    /// <summary>The customer ids given or piped, or null for all customers. A sync follows the whole shop.</summary>
    private IList<long>? SelectedCustomerIds()
    {
        var ids = (CustomerId ?? Array.Empty<long>()).Concat(Customer?.Select(CustomerIdOf) ?? Enumerable.Empty<long>()).Distinct().ToList();
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
