using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

using KiotViet.Resources;

namespace KiotViet;

/// <summary>
/// An order (đặt hàng). KiotViet does not document the numeric order statuses, so StatusValue (its wording, e.g.
/// "Phiếu tạm") is given beside Status.
/// </summary>
[ApiPath("orders")]
public sealed class Order : ITrackedEntity
{
    private SummarizedList<OrderLine>? lines;

    public long Id { get; set; }

    public string? Code { get; set; }

    /// <summary>F&amp;B orders created through the API are identified by a uuid.</summary>
    public string? Uuid { get; set; }

    public DateTimeOffset? PurchaseDate { get; set; }

    public long? BranchId { get; set; }

    public string? BranchName { get; set; }

    public long? SoldById { get; set; }

    public string? SoldByName { get; set; }

    public long? CustomerId { get; set; }

    public string? CustomerCode { get; set; }

    public string? CustomerName { get; set; }

    public decimal Total { get; set; }

    public decimal TotalPayment { get; set; }

    public decimal? Discount { get; set; }

    /// <summary>The VAT of the order (January 2026 doc).</summary>
    public decimal? TotalTax { get; set; }

    /// <summary>The value after VAT of the document's discount (January 2026 doc; absent on shops without VAT).</summary>
    public decimal? DiscountAfterTax { get; set; }

    public int? Status { get; set; }

    public string? StatusValue { get; set; }

    public bool? UsingCod { get; set; }

    public string? Description { get; set; }

    public DateTimeOffset? CreatedDate { get; set; }

    public DateTimeOffset? ModifiedDate { get; set; }

    /// <summary>The surcharges (thu khác) the order carries.</summary>
    public List<AppliedSurcharge>? InvoiceOrderSurcharges { get; set; }

    /// <summary>The sale channel (Get-KvSaleChannel), when KiotViet shows it.</summary>
    public long? SaleChannelId { get; set; }

    /// <summary>The order's delivery (orderDelivery), when it has one.</summary>
    [JsonPropertyName("orderDelivery")]
    public InvoiceDelivery? Delivery { get; set; }

    [JsonIgnore]
    public int LineCount => OrderDetails?.Count ?? 0;

    [JsonIgnore]
    public SummarizedList<OrderLine> Lines => lines ??= new SummarizedList<OrderLine>(OrderDetails ?? new List<OrderLine>(), l => l.ToString());

    [JsonInclude]
    [JsonConverter(typeof(KiotViet.Json.OneOrManyConverter<OrderLine>))]
    internal List<OrderLine>? OrderDetails { get; set; }

    public override string ToString() => Code ?? Uuid ?? Id.ToString();
}

/// <summary>One line of an order (orderDetails), also what New-KvOrder sends.</summary>
public sealed class OrderLine
{
    public long? ProductId { get; set; }

    public string? ProductCode { get; set; }

    public string? ProductName { get; set; }

    public decimal Quantity { get; set; }

    public decimal Price { get; set; }

    public decimal? Discount { get; set; }

    public string? Note { get; set; }

    /// <summary>
    /// The line's VAT by tax id (January 2026 doc: 1 VAT 0%, 2 VAT 5%, 3 VAT 8%, 4 VAT 10%, …), as a write sends it;
    /// each operation spells the key its own way (<see cref="SaleLineBody"/>). Not read from KiotViet's answers.
    /// </summary>
    [JsonIgnore]
    public List<int>? TaxIds { get; set; }

    private SummarizedList<LineTax>? taxes;

    /// <summary>The line's VAT (January 2026 doc: orderDetailTaxs); empty on shops without VAT.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public SummarizedList<LineTax> Taxes => taxes ??= SummarizedList.Of(TaxList);

    [System.Text.Json.Serialization.JsonInclude]
    [System.Text.Json.Serialization.JsonPropertyName("orderDetailTaxs")]
    internal System.Collections.Generic.List<LineTax>? TaxList { get; set; }

    public override string ToString() => $"{ProductCode ?? ProductId?.ToString()} x{Quantity:0.###}";
}
