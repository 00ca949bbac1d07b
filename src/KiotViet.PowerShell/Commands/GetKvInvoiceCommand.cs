using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Gets KiotViet invoices, streamed page by page; optionally one row per invoice line.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "KvInvoice", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(Invoice), typeof(InvoiceLineRow))]
public sealed class GetKvInvoiceCommand : KvConnectedCmdlet
{
    private const string ListSet = "List";
    private const string IdSet = "Id";
    private const string CodeSet = "Code";

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet)]
    [Alias("InvoiceId")]
    [ValidateRange(1, long.MaxValue)]
    public long[]? Id { get; set; }

    /// <summary>Exact invoice code(s), e.g. HD000123.</summary>
    [Parameter(Mandatory = true, ParameterSetName = CodeSet)]
    [Alias("InvoiceCode")]
    [ValidateNotNullOrEmpty]
    public string[]? Code { get; set; }

    /// <summary>Invoices of these customers; customers piped from Get-KvCustomer bind here.</summary>
    [Parameter(ParameterSetName = ListSet, ValueFromPipeline = true)]
    public Customer[]? Customer { get; set; }

    [Parameter(ParameterSetName = ListSet, ValueFromPipelineByPropertyName = true)]
    [ValidateRange(1, long.MaxValue)]
    public long[]? CustomerId { get; set; }

    [Parameter(ParameterSetName = ListSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? CustomerCode { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    [ValidateRange(1, long.MaxValue)]
    [ArgumentCompleter(typeof(BranchCompleter))]
    public long[]? BranchId { get; set; }

    /// <summary>Completed (1), Cancelled (2), InProgress (3), Undeliverable (5); names or numbers.</summary>
    [Parameter(ParameterSetName = ListSet)]
    public InvoiceStatus[]? Status { get; set; }

    /// <summary>Sold on or after this date (shop time when no time zone is given).</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ShopDateTransformation]
    public DateTime FromPurchaseDate { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    [ShopDateTransformation]
    public DateTime ToPurchaseDate { get; set; }

    /// <summary>Changed at or after this time.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ShopDateTransformation]
    public DateTime ModifiedSince { get; set; }

    /// <summary>Changed at or before this time.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ShopDateTransformation]
    public DateTime ModifiedUntil { get; set; }

    /// <summary>Invoices created from this order.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateRange(1, long.MaxValue)]
    public long OrderId { get; set; }

    /// <summary>Fills Payments.</summary>
    [Parameter]
    public SwitchParameter IncludePayment { get; set; }

    /// <summary>Fills Delivery.</summary>
    [Parameter]
    public SwitchParameter IncludeDelivery { get; set; }

    /// <summary>Writes one row per invoice line (with the invoice's code, date and customer) instead of one per invoice.</summary>
    [Parameter]
    public SwitchParameter ExpandLines { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    [ValidateSet("Id", "Code", "PurchaseDate", "CreatedDate", "ModifiedDate")]
    public string? OrderBy { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    public SwitchParameter Descending { get; set; }

    /// <summary>
    /// A state file that carries an incremental sync from one run to the next: the first run reads everything,
    /// each later run only the invoices changed since. Updated only when a run completes.
    /// </summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateNotNullOrEmpty]
    public string? SyncState { get; set; }

    /// <summary>Rows per request, 1 to 100 (the API's maximum, and the default).</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateRange(1, PageRequest.MaxPageSize)]
    public int PageSize { get; set; } = PageRequest.MaxPageSize;

    protected override void ProcessRecord()
    {
        switch (ParameterSetName)
        {
            case IdSet:
                WriteEach(Id!, Shop.Invoices.GetAsync, Emit);

                break;
            case CodeSet:
                WriteEach(Code!, Shop.Invoices.GetByCodeAsync, Emit);

                break;
            default:
                WriteListing();
                break;
        }
    }


    private void WriteListing()
    {
        var customerIds = (CustomerId ?? Array.Empty<long>()).Concat(Customer?.Select(c => c.Id) ?? Enumerable.Empty<long>()).Distinct().ToList();
        var query = new InvoiceQuery
        {
            CustomerIds = customerIds.Count > 0 ? customerIds : null,
            CustomerCode = CustomerCode,
            BranchIds = BranchId,
            Statuses = Status,
            FromPurchaseDate = Bound(nameof(FromPurchaseDate), FromPurchaseDate),
            ToPurchaseDate = Bound(nameof(ToPurchaseDate), ToPurchaseDate),
            ModifiedSince = Bound(nameof(ModifiedSince), ModifiedSince),
            ModifiedUntil = Bound(nameof(ModifiedUntil), ModifiedUntil),
            OrderId = MyInvocation.BoundParameters.ContainsKey(nameof(OrderId)) ? OrderId : null,
            IncludePayments = IncludePayment,
            IncludeDelivery = IncludeDelivery,
            OrderBy = OrderBy,
            Descending = Descending,
        };

        if (SyncState is not null && query.CustomerIds is not null)
        {
            ThrowTerminatingError(ErrorRecords.InvalidInput("KiotVietSyncStateConflict", "-SyncState follows every invoice of the shop; it cannot be limited to customers.", CustomerId));
        }

        var sync = IncrementalSync.Open(this, SyncState, "Invoice", Shop.Retailer);
        if (sync is not null)
        {
            query.ModifiedSince = sync.ModifiedSince;
        }

        WriteListing(
            () => Shop.Invoices.List(query, PagingRequest.From(PagingParameters, PageSize), CancellationToken),
            "Reading KiotViet invoices",
            sync,
            null,
            Emit,
            (object?)Customer?.FirstOrDefault() ?? CustomerId?.FirstOrDefault());
    }

    private void Emit(Invoice invoice)
    {
        if (!ExpandLines)
        {
            WriteObject(invoice);
            return;
        }

        var lineNumber = 0;
        foreach (var line in invoice.Lines)
        {
            WriteObject(new InvoiceLineRow(invoice, line, ++lineNumber));
        }
    }

    private DateTime? Bound(string parameter, DateTime value) => MyInvocation.BoundParameters.ContainsKey(parameter) ? value : null;
}
