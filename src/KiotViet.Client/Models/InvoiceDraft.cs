using System.Collections.Generic;

namespace KiotViet;

/// <summary>
/// A new invoice (POST /invoices): branch, optional customer, lines (the same shape as an order's), and what is
/// paid at once (TotalPayment by Method, into AccountId for a card or transfer). Only fields POST /invoices documents
/// (API reference 2.12.3): it has no description, so an invoice cannot be given one.
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

    public List<OrderLine> InvoiceDetails { get; set; } = new();
}
