using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace KiotViet;

/// <summary>
/// A new invoice (POST /invoices): branch, optional customer, lines (the same shape as an order's), and what is
/// paid at once (TotalPayment by Method, into AccountId for a card or transfer); its delivery, sale channel and sale
/// time. Only fields POST /invoices documents (API reference 2.12.3): it has no description, so an invoice cannot be
/// given one, and no COD amount (the carrier collects what the invoice still owes).
/// </summary>
public sealed class InvoiceDraft
{
    public long BranchId { get; set; }

    public long? CustomerId { get; set; }

    public long? SoldById { get; set; }

    /// <summary>The order this invoice completes, if any.</summary>
    public long? OrderId { get; set; }

    public decimal? Discount { get; set; }

    /// <summary>What the customer pays now; the rest is owed (the customer's debt).</summary>
    public decimal? TotalPayment { get; set; }

    /// <summary>How TotalPayment is paid: Cash, Card or Transfer.</summary>
    public string? Method { get; set; }

    /// <summary>The shop's bank account a card or transfer payment goes to (Get-KvBankAccount).</summary>
    public long? AccountId { get; set; }

    /// <summary>When the sale was made; without it, now (KiotViet's clock).</summary>
    public DateTimeOffset? PurchaseDate { get; set; }

    /// <summary>The sale channel (Get-KvSaleChannel); without it KiotViet records "other".</summary>
    public long? SaleChannelId { get; set; }

    /// <summary>The invoice is paid on delivery (COD); its delivery then says UsingPriceCod.</summary>
    public bool? UsingCod { get; set; }

    /// <summary>The delivery (deliveryDetail).</summary>
    [JsonPropertyName("deliveryDetail")]
    public DeliveryDraft? Delivery { get; set; }

    [JsonIgnore]
    public List<OrderLine> InvoiceDetails { get; set; } = new();

    [JsonInclude]
    [JsonPropertyName("invoiceDetails")]
    internal List<InvoiceCreateLineBody>? LinesSent => SaleLineBody.InvoiceCreate(InvoiceDetails);
}
