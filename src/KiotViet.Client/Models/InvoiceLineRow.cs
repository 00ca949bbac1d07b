using System;

namespace KiotViet;

/// <summary>One invoice line with its invoice's key fields beside it: one flat CSV row per line sold.</summary>
public sealed class InvoiceLineRow
{
    public InvoiceLineRow(Invoice invoice, InvoiceLine line, int lineNumber)
    {
        InvoiceId = invoice.Id;
        InvoiceCode = invoice.Code;
        PurchaseDate = invoice.PurchaseDate;
        BranchName = invoice.BranchName;
        CustomerCode = invoice.CustomerCode;
        CustomerName = invoice.CustomerName;
        Status = invoice.Status;
        LineNumber = lineNumber;
        ProductId = line.ProductId;
        ProductCode = line.ProductCode;
        ProductName = line.ProductName;
        Quantity = line.Quantity;
        Price = line.Price;
        Discount = line.Discount;
        LineTotal = line.LineTotal;
        Note = line.Note;
    }

    public long InvoiceId { get; }

    public string? InvoiceCode { get; }

    public DateTimeOffset? PurchaseDate { get; }

    public string? BranchName { get; }

    public string? CustomerCode { get; }

    public string? CustomerName { get; }

    public InvoiceStatus? Status { get; }

    public int LineNumber { get; }

    public long ProductId { get; }

    public string? ProductCode { get; }

    public string? ProductName { get; }

    public decimal Quantity { get; }

    public decimal Price { get; }

    public decimal? Discount { get; }

    public decimal LineTotal { get; }

    public string? Note { get; }
}
