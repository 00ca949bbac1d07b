using System;
using System.Collections.Generic;
using System.Linq;

namespace KiotViet.Commands.Infrastructure;

/// <summary>One product line of a purchase or transfer as a row gave it: product code, quantity, price.</summary>
internal sealed class StockLineInput
{
    public StockLineInput(string productCode, decimal quantity, decimal? price, decimal? discount, string? note, decimal? receivedQuantity)
    {
        ProductCode = productCode;
        Quantity = quantity;
        Price = price;
        Discount = discount;
        Note = note;
        ReceivedQuantity = receivedQuantity;
    }

    public string ProductCode { get; }

    public decimal Quantity { get; }

    public decimal? Price { get; }

    public decimal? Discount { get; }

    public string? Note { get; }

    public decimal? ReceivedQuantity { get; }

    /// <summary>The line of a -Line hashtable or object (ProductCode, Quantity, Price, Discount, Note, ReceivedQuantity).</summary>
    public static StockLineInput FromLine(object line, int position, bool priceRequired)
    {
        var read = OrderLineInput.Read(line, position);
        if (read.ProductCode is null)
        {
            throw new ArgumentException($"Line {position}: give the ProductCode (KiotViet takes purchase and transfer lines by product code).");
        }

        var received = OrderLineInput.ReadOptionalDecimal(line, "ReceivedQuantity", position);
        return Checked(read.ProductCode, read.Quantity, OrderLineInput.Has(line, "Price") ? read.Price : null, read.Discount, read.Note, received, $"Line {position}", priceRequired);
    }

    /// <summary>Checks a line before anything is sent; <paramref name="where"/> names it in the message ("Line 2", "ProductCode SP000001").</summary>
    public static StockLineInput Checked(string code, decimal quantity, decimal? price, decimal? discount, string? note, decimal? received, string where, bool priceRequired)
    {
        if (quantity <= 0)
        {
            throw new ArgumentException($"{where}: Quantity must be more than 0.");
        }

        if (price is null && priceRequired)
        {
            throw new ArgumentException($"{where}: give the Price (the purchase price of the line).");
        }

        if (price < 0 || discount < 0 || received < 0)
        {
            throw new ArgumentException($"{where}: Price, Discount and ReceivedQuantity must be 0 or more.");
        }

        return new StockLineInput(code.Trim(), quantity, price, discount, note, received);
    }

    public override string ToString() => $"{ProductCode} x{Quantity:0.###}" + (Price is { } p ? $" @{p:0.##}" : "");
}

/// <summary>The lines of one document being gathered from consecutive rows that share its fields.</summary>
internal sealed class StockDocumentRows<THeader>
{
    public StockDocumentRows(string key, THeader header)
    {
        Key = key;
        Header = header;
    }

    public string Key { get; }

    public THeader Header { get; }

    public List<object> Rows { get; } = new();

    public List<StockLineInput> Lines { get; } = new();

    /// <summary>Why the document cannot be sent (a row of it was refused), or null.</summary>
    public string? Refused { get; set; }

    public object Target => Rows.Count == 1 ? Rows[0] : Rows.ToArray();

    public string Summary => string.Join("; ", Lines.Select(l => l.ToString()));
}
