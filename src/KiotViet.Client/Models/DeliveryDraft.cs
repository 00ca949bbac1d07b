using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;

namespace KiotViet;

/// <summary>
/// The delivery of a sale as a write sends it: an invoice's <c>deliveryDetail</c> (POST and PUT /invoices), an order's
/// <c>orderDelivery</c> (POST and PUT /orders). The operations document different fields (an order has no delivery
/// status and no COD; only the invoice update takes a COD amount): a field its operation does not document is refused
/// before sending (<see cref="Writes.DocumentedFields"/>). Only the fields that are set are sent.
/// </summary>
public sealed class DeliveryDraft
{
    /// <summary>The waybill code (mã vận đơn).</summary>
    public string? DeliveryCode { get; set; }

    public int? Type { get; set; }

    /// <summary>Delivery status: 1 pending, 2 delivering on a create; 1 to 12 on an invoice update. Invoices only.</summary>
    public int? Status { get; set; }

    /// <summary>The delivery fee.</summary>
    public decimal? Price { get; set; }

    public string? Receiver { get; set; }

    public string? ContactNumber { get; set; }

    public string? Address { get; set; }

    /// <summary>The area (province - district) id, as Get-KvLocation lists it.</summary>
    public long? LocationId { get; set; }

    /// <summary>The area (province - district) name, e.g. "Hà Nội - Quận Ba Đình".</summary>
    public string? LocationName { get; set; }

    public string? WardName { get; set; }

    public decimal? Weight { get; set; }

    public decimal? Length { get; set; }

    public decimal? Width { get; set; }

    public decimal? Height { get; set; }

    /// <summary>The carrier collects the money on delivery (COD). Invoices only.</summary>
    public bool? UsingPriceCod { get; set; }

    /// <summary>The amount the carrier collects. The invoice update only.</summary>
    public decimal? PriceCodPayment { get; set; }

    public long? PartnerDeliveryId { get; set; }

    public DateTimeOffset? ExpectedDelivery { get; set; }

    /// <summary>The carrier (đối tác giao hàng) by its details.</summary>
    public PartnerDeliveryDraft? PartnerDelivery { get; set; }

    /// <summary>The names of the fields that are set ("Receiver, Address").</summary>
    [JsonIgnore]
    public IReadOnlyList<string> GivenFields =>
        typeof(DeliveryDraft).GetProperties()
            .Where(p => p.Name is not nameof(GivenFields) && p.GetValue(this) is not null)
            .Select(p => p.Name)
            .ToList();

    public override string ToString() =>
        string.Join(", ", new[] { Receiver, ContactNumber, Address, WardName, LocationName, DeliveryCode }.Where(s => !string.IsNullOrWhiteSpace(s)));
}

/// <summary>A delivery partner (carrier) named inside a delivery.</summary>
public sealed class PartnerDeliveryDraft
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? Address { get; set; }

    public string? ContactNumber { get; set; }

    public string? Email { get; set; }
}
