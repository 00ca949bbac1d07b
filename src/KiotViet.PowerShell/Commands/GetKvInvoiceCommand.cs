using System;
using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Gets KiotViet invoices, streamed page by page; optionally one row per invoice line.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "KvInvoice", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(Invoice), typeof(InvoiceLineRow))]
public sealed class GetKvInvoiceCommand : SaleDocumentListCmdlet<Invoice, InvoiceQuery>
{
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet), Alias("InvoiceId"), ValidateRange(1, long.MaxValue)]
    public long[]? Id { get; set; }

    /// <summary>Exact invoice code(s), e.g. HD000123.</summary>
    [Parameter(Mandatory = true, ParameterSetName = CodeSet), Alias("InvoiceCode"), ValidateNotNullOrEmpty]
    [ValidateShopText(TextLimits.Code)]
    public string[]? Code { get; set; }

    /// <summary>Completed (1), Cancelled (2), InProgress (3), Undeliverable (5); names or numbers.</summary>
    [Parameter(ParameterSetName = ListSet)]
    public InvoiceStatus[]? Status { get; set; }

    /// <summary>Sold on or after this date (shop time when no time zone is given).</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ShopDateTransformation]
    [ValidateShopDate]
    public DateTime FromPurchaseDate { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    [ShopDateTransformation]
    [ValidateShopDate]
    public DateTime ToPurchaseDate { get; set; }

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

    protected override string ItemsName => "invoices";

    protected override void WriteByKey() => WriteKeys(Id, Code);

    protected override InvoiceQuery NewDocumentQuery() => new()
    {
        Statuses = Status,
        FromPurchaseDate = Given(nameof(FromPurchaseDate), FromPurchaseDate),
        ToPurchaseDate = Given(nameof(ToPurchaseDate), ToPurchaseDate),
        OrderId = Given(nameof(OrderId), OrderId),
        IncludePayments = IncludePayment,
        IncludeDelivery = IncludeDelivery,
    };

    protected override void Emit(Invoice invoice)
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
}
