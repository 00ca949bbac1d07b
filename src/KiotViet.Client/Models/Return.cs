using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using KiotViet.Resources;

namespace KiotViet;

/// <summary>A return (trả hàng) of an invoice: who returned what, the refund; lines and payments as summaries.</summary>
[ApiPath("returns")]
public sealed class Return : ITrackedEntity
{
    private SummarizedList<StockLine>? lines;
    private SummarizedList<InvoicePayment>? payments;

    public long Id { get; set; }

    public string? Code { get; set; }

    public long? InvoiceId { get; set; }

    public DateTimeOffset? ReturnDate { get; set; }

    public long? BranchId { get; set; }

    public string? BranchName { get; set; }

    public long? ReceivedById { get; set; }

    public string? SoldByName { get; set; }

    public long? CustomerId { get; set; }

    public string? CustomerCode { get; set; }

    public string? CustomerName { get; set; }

    public decimal ReturnTotal { get; set; }

    public decimal? ReturnDiscount { get; set; }

    public decimal? TotalPayment { get; set; }

    /// <summary>The VAT of the return (January 2026 doc).</summary>
    public decimal? TotalTax { get; set; }

    /// <summary>The value after VAT of the document's discount (January 2026 doc; absent on shops without VAT).</summary>
    public decimal? DiscountAfterTax { get; set; }

    /// <summary>Whether the return's prices include VAT (January 2026 doc: pricingMode).</summary>
    public decimal? PricingMode { get; set; }

    public int? Status { get; set; }

    public string? StatusValue { get; set; }

    public DateTimeOffset? CreatedDate { get; set; }

    public DateTimeOffset? ModifiedDate { get; set; }

    /// <summary>How many lines: the CSV-friendly twin of Lines.</summary>
    [JsonIgnore]
    public int LineCount => LinesList?.Count ?? 0;

    [JsonIgnore]
    public SummarizedList<StockLine> Lines => lines ??= SummarizedList.Of(LinesList);

    [JsonInclude]
    [JsonPropertyName("returnDetails")]
    internal List<StockLine>? LinesList { get; set; }

    /// <summary>How many payments: the CSV-friendly twin of Payments.</summary>
    [JsonIgnore]
    public int PaymentCount => PaymentsList?.Count ?? 0;

    [JsonIgnore]
    public SummarizedList<InvoicePayment> Payments => payments ??= SummarizedList.Of(PaymentsList);

    [JsonInclude]
    [JsonPropertyName("payments")]
    internal List<InvoicePayment>? PaymentsList { get; set; }

    public override string ToString() => Code ?? Id.ToString();
}
