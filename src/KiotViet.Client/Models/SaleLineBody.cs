using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;

namespace KiotViet;

/// <summary>
/// A sale line as a request body carries it: the line's fields and its VAT (the January 2026 doc), whose key each
/// operation spells its own way: <c>InvoiceDetailTaxs[{TaxId}]</c> (POST /invoices), <c>invoiceDetailTaxs[{taxId}]</c>
/// (PUT /invoices/{id}), <c>OrderDetailTaxs[{TaxId}]</c> (POST and PUT /orders).
/// </summary>
internal sealed class SaleLineBody
{
    public long? ProductId { get; set; }

    public string? ProductCode { get; set; }

    public string? ProductName { get; set; }

    public decimal Quantity { get; set; }

    public decimal Price { get; set; }

    public decimal? Discount { get; set; }

    public string? Note { get; set; }

    [JsonPropertyName("InvoiceDetailTaxs")]
    public List<PascalTaxReference>? InvoiceCreateTaxes { get; set; }

    [JsonPropertyName("invoiceDetailTaxs")]
    public List<TaxReference>? InvoiceUpdateTaxes { get; set; }

    [JsonPropertyName("OrderDetailTaxs")]
    public List<PascalTaxReference>? OrderTaxes { get; set; }

    public static List<SaleLineBody>? InvoiceCreate(IEnumerable<OrderLine>? lines) =>
        lines?.Select(l => From(l, b => b.InvoiceCreateTaxes = PascalTaxReference.To(l.TaxIds))).ToList();

    public static List<SaleLineBody>? InvoiceUpdate(IEnumerable<OrderLine>? lines) =>
        lines?.Select(l => From(l, b => b.InvoiceUpdateTaxes = TaxReference.To(l.TaxIds))).ToList();

    public static List<SaleLineBody>? Order(IEnumerable<OrderLine>? lines) =>
        lines?.Select(l => From(l, b => b.OrderTaxes = PascalTaxReference.To(l.TaxIds))).ToList();

    private static SaleLineBody From(OrderLine line, System.Action<SaleLineBody> taxes)
    {
        var body = new SaleLineBody
        {
            ProductId = line.ProductId,
            ProductCode = line.ProductCode,
            ProductName = line.ProductName,
            Quantity = line.Quantity,
            Price = line.Price,
            Discount = line.Discount,
            Note = line.Note,
        };
        taxes(body);
        return body;
    }
}

/// <summary>A tax named by id: <c>{"taxId": …}</c>.</summary>
internal sealed class TaxReference
{
    public int TaxId { get; set; }

    public static List<TaxReference>? To(IReadOnlyCollection<int>? ids) => ids is { Count: > 0 } ? ids.Select(id => new TaxReference { TaxId = id }).ToList() : null;
}

/// <summary>A tax named by id as the create bodies spell it: <c>{"TaxId": …}</c>.</summary>
internal sealed class PascalTaxReference
{
    [JsonPropertyName("TaxId")]
    public int TaxId { get; set; }

    public static List<PascalTaxReference>? To(IReadOnlyCollection<int>? ids) => ids is { Count: > 0 } ? ids.Select(id => new PascalTaxReference { TaxId = id }).ToList() : null;
}
