using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace KiotViet;

/// <summary>
/// What an update of an invoice sets (PUT /invoices/{id}); a null field is left as it is. Lines, when given, replace the
/// invoice's lines. Only fields the operation documents (API reference 2.12.4): the sale time, the invoice's status, the
/// seller, the COD payment, the sale channel and the delivery (with its status and COD amount); KiotViet's invoice
/// update has no customer, discount or description, so they cannot be changed here.
/// </summary>
public sealed class InvoiceChanges
{
    public long? SoldById { get; set; }

    public DateTimeOffset? PurchaseDate { get; set; }

    /// <summary>The invoice's status (1 completed, 3 in progress, 5 undeliverable; a cancel is Remove-KvInvoice).</summary>
    public InvoiceStatus? Status { get; set; }

    public long? SaleChannelId { get; set; }

    /// <summary>How the COD money was paid to the shop (Cash, Card, Transfer).</summary>
    public string? CodPaymentMethod { get; set; }

    /// <summary>The bank account the COD money was paid into.</summary>
    public long? CodPaymentAccount { get; set; }

    /// <summary>The delivery (deliveryDetail): the fields given are sent.</summary>
    [JsonPropertyName("deliveryDetail")]
    public DeliveryDraft? Delivery { get; set; }

    [JsonIgnore]
    public List<OrderLine>? InvoiceDetails { get; set; }

    [JsonInclude]
    [JsonPropertyName("invoiceDetails")]
    internal List<InvoiceUpdateLineBody>? LinesSent => SaleLineBody.InvoiceUpdate(InvoiceDetails);
}
