namespace KiotViet;

/// <summary>Delivery details of an invoice (invoiceDelivery).</summary>
public sealed class InvoiceDelivery
{
    public string? DeliveryCode { get; set; }

    public int? Type { get; set; }

    /// <summary>1 pending … 12, see the KiotViet documentation.</summary>
    public int? Status { get; set; }

    public string? StatusValue { get; set; }

    public decimal? Price { get; set; }

    public string? Receiver { get; set; }

    public string? ContactNumber { get; set; }

    public string? Address { get; set; }

    public long? LocationId { get; set; }

    public string? LocationName { get; set; }

    public bool? UsingPriceCod { get; set; }

    public decimal? PriceCodPayment { get; set; }

    public decimal? Weight { get; set; }

    public long? PartnerDeliveryId { get; set; }

    public override string ToString() => string.IsNullOrEmpty(DeliveryCode) ? $"{Receiver} {StatusValue}".Trim() : $"{DeliveryCode} {StatusValue}".Trim();
}
