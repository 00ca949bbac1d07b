using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;

namespace KiotViet;

/// <summary>
/// A sale line as a request body carries it: the line's fields and its VAT (the January 2026 doc), whose key each
/// operation spells its own way: <c>InvoiceDetailTaxs[{TaxId}]</c> (POST /invoices), <c>invoiceDetailTaxs[{taxId}]</c>
/// (PUT /invoices/{id}), <c>OrderDetailTaxs[{TaxId}]</c> (POST and PUT /orders).
/// </summary>
internal class SaleLineBody
{
    public long? ProductId { get; set; }

    public string? ProductCode { get; set; }

    public string? ProductName { get; set; }

    public decimal Quantity { get; set; }

    public decimal Price { get; set; }

    public decimal? Discount { get; set; }

    public string? Note { get; set; }

    public static List<InvoiceCreateLineBody>? InvoiceCreate(IEnumerable<OrderLine>? lines) =>
        lines?.Select(l => Fill(new InvoiceCreateLineBody { Taxes = PascalTaxReference.To(l.TaxIds) }, l)).ToList();

    public static List<InvoiceUpdateLineBody>? InvoiceUpdate(IEnumerable<OrderLine>? lines) =>
        lines?.Select(l => Fill(new InvoiceUpdateLineBody { Taxes = TaxReference.To(l.TaxIds) }, l)).ToList();

    public static List<OrderLineBody>? Order(IEnumerable<OrderLine>? lines) =>
        lines?.Select(l => Fill(new OrderLineBody { Taxes = PascalTaxReference.To(l.TaxIds) }, l)).ToList();

    private static TBody Fill<TBody>(TBody body, OrderLine line)
        where TBody : SaleLineBody
    {
        body.ProductId = line.ProductId;
        body.ProductCode = line.ProductCode;
        body.ProductName = line.ProductName;
        body.Quantity = line.Quantity;
        body.Price = line.Price;
        body.Discount = line.Discount;
        body.Note = line.Note;
        return body;
    }
}

/// <summary>A line of POST /invoices: its VAT as <c>InvoiceDetailTaxs[{TaxId}]</c>.</summary>
internal sealed class InvoiceCreateLineBody : SaleLineBody
{
    [JsonPropertyName("InvoiceDetailTaxs")]
    public List<PascalTaxReference>? Taxes { get; set; }
}

/// <summary>A line of PUT /invoices/{id}: its VAT as <c>invoiceDetailTaxs[{taxId}]</c>.</summary>
internal sealed class InvoiceUpdateLineBody : SaleLineBody
{
    [JsonPropertyName("invoiceDetailTaxs")]
    public List<TaxReference>? Taxes { get; set; }
}

/// <summary>A line of POST and PUT /orders: its VAT as <c>OrderDetailTaxs[{TaxId}]</c>.</summary>
internal sealed class OrderLineBody : SaleLineBody
{
    [JsonPropertyName("OrderDetailTaxs")]
    public List<PascalTaxReference>? Taxes { get; set; }
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
