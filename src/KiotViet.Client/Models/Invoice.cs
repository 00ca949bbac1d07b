using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

using KiotViet.Resources;

namespace KiotViet;

/// <summary>
/// A KiotViet invoice (hóa đơn). Top-level properties are scalars; Lines, Payments and Delivery are typed objects
/// that read as short summaries in a CSV cell.
/// </summary>
[ApiPath("invoices")]
public sealed class Invoice : ITrackedEntity
{
    private SummarizedList<InvoiceLine>? lines;
    private SummarizedList<InvoicePayment>? payments;

    public long Id { get; set; }

    public string? Code { get; set; }

    public DateTimeOffset? PurchaseDate { get; set; }

    public long? BranchId { get; set; }

    public string? BranchName { get; set; }

    public long? SoldById { get; set; }

    public string? SoldByName { get; set; }

    public long? CustomerId { get; set; }

    public string? CustomerCode { get; set; }

    public string? CustomerName { get; set; }

    public long? OrderId { get; set; }

    public string? OrderCode { get; set; }

    public decimal Total { get; set; }

    public decimal TotalPayment { get; set; }

    public decimal? Discount { get; set; }

    /// <summary>The VAT of the invoice (January 2026 doc).</summary>
    public decimal? TotalTax { get; set; }

    /// <summary>The value after VAT of the document's discount (January 2026 doc; absent on shops without VAT).</summary>
    public decimal? DiscountAfterTax { get; set; }

    public InvoiceStatus? Status { get; set; }

    /// <summary>The status as KiotViet words it, e.g. "Hoàn thành".</summary>
    public string? StatusValue { get; set; }

    public bool? UsingCod { get; set; }

    /// <summary>The sale channel (Get-KvSaleChannel), when KiotViet shows it.</summary>
    public long? SaleChannelId { get; set; }

    public string? Description { get; set; }

    public DateTimeOffset? CreatedDate { get; set; }

    public DateTimeOffset? ModifiedDate { get; set; }

    [JsonIgnore]
    public int LineCount => InvoiceDetails?.Count ?? 0;

    [JsonIgnore]
    public SummarizedList<InvoiceLine> Lines => lines ??= new SummarizedList<InvoiceLine>(InvoiceDetails ?? new List<InvoiceLine>(), l => l.ToString());

    [JsonIgnore]
    public SummarizedList<InvoicePayment> Payments => payments ??= new SummarizedList<InvoicePayment>(PaymentList ?? new List<InvoicePayment>(), p => p.ToString());

    [JsonPropertyName("invoiceDelivery")]
    public InvoiceDelivery? Delivery { get; set; }

    /// <summary>The answers of POST and PUT /invoices print the delivery as "deliveryDetail" (2.12.3, 2.12.4).</summary>
    [JsonInclude]
    [JsonPropertyName("deliveryDetail")]
    internal InvoiceDelivery? DeliveryDetail
    {
        get => null;
        set => Delivery ??= value;
    }

    [JsonInclude]
    [JsonConverter(typeof(KiotViet.Json.OneOrManyConverter<InvoiceLine>))]
    internal List<InvoiceLine>? InvoiceDetails { get; set; }

    [JsonInclude]
    [JsonPropertyName("payments")]
    internal List<InvoicePayment>? PaymentList { get; set; }

    public override string ToString() => Code ?? Id.ToString();
}
