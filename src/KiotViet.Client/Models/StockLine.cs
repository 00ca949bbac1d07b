using System;
using System.Text.Json.Serialization;

namespace KiotViet;

/// <summary>A product line of a purchase, transfer, supplier order or return.</summary>
public sealed class StockLine
{
    public long ProductId { get; set; }

    public string? ProductCode { get; set; }

    public string? ProductName { get; set; }

    public decimal Quantity { get; set; }

    public decimal? Price { get; set; }

    public decimal? Discount { get; set; }

    public string? Note { get; set; }

    /// <summary>What a transfer line received (null for other documents, and for a transfer not yet received).</summary>
    public decimal? ReceivedQuantity { get; set; }

    // A transfer line's quantity is what was sent; KiotViet names it sendQuantity (transferredQuantity by id).
    [JsonInclude]
    [JsonPropertyName("sendQuantity")]
    internal decimal? SendQuantityJson { get => null; set => Quantity = value ?? Quantity; }

    [JsonInclude]
    [JsonPropertyName("transferredQuantity")]
    internal decimal? TransferredQuantityJson { get => null; set => Quantity = value ?? Quantity; }

    // The doc spells the received quantity three ways: recivedQuantity, receiveQuantity, recieveQuantity.
    [JsonInclude]
    [JsonPropertyName("recivedQuantity")]
    internal decimal? RecivedQuantityJson { get => null; set => ReceivedQuantity = value ?? ReceivedQuantity; }

    [JsonInclude]
    [JsonPropertyName("receiveQuantity")]
    internal decimal? ReceiveQuantityJson { get => null; set => ReceivedQuantity = value ?? ReceivedQuantity; }

    [JsonInclude]
    [JsonPropertyName("recieveQuantity")]
    internal decimal? RecieveQuantityJson { get => null; set => ReceivedQuantity = value ?? ReceivedQuantity; }

    private SummarizedList<LineTax>? taxes;

    /// <summary>
    /// The line's VAT (January 2026 doc: returnDetailTaxs on a return's lines, orderSupplierDetailTaxs on a supplier
    /// order's); empty on shops without VAT and on purchases and transfers.
    /// </summary>
    [JsonIgnore]
    public SummarizedList<LineTax> Taxes => taxes ??= SummarizedList.Of(TaxList);

    [JsonInclude]
    [JsonPropertyName("returnDetailTaxs")]
    internal System.Collections.Generic.List<LineTax>? TaxList { get; set; }

    [JsonInclude]
    [JsonPropertyName("orderSupplierDetailTaxs")]
    internal System.Collections.Generic.List<LineTax>? OrderSupplierTaxesJson { get => null; set => TaxList = value ?? TaxList; }

    // A supplier order's lines (2.20.1) name their product by id only.
    public override string ToString() => $"{ProductCode ?? ProductId.ToString(System.Globalization.CultureInfo.InvariantCulture)} x{Quantity:0.###}";
}
