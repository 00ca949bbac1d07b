using System;
using System.Collections.Generic;
using System.Linq;

namespace KiotViet.Writes;

/// <summary>Whether an invoice shows a create of a draft, an update, or a payment: what reconciling invoice writes compares.</summary>
internal static class InvoiceWriteCheck
{
    /// <summary>
    /// The same branch, customer (none for a walk-in sale), total and lines. The total is what the lines come to, or
    /// that plus the invoice's own tax (a shop that charges VAT): a lost create not recognised would be created twice.
    /// </summary>
    public static bool IsCreatedFrom(InvoiceDraft draft, Invoice invoice) =>
        invoice.BranchId == draft.BranchId
        && invoice.CustomerId is var customer && (draft.CustomerId is { } wanted ? customer == wanted : customer is null or 0)
        && SaleLineMatch.Total(draft.InvoiceDetails, draft.Discount) is var total
        && (invoice.Total == total || invoice.Total - (invoice.TotalTax ?? 0) == total)
        && HasLines(draft.InvoiceDetails, invoice);

    /// <summary>True when the invoice shows every field the update set.</summary>
    public static bool ShowsUpdate(InvoiceChanges changes, Invoice invoice) =>
        (changes.SoldById is not { } seller || invoice.SoldById == seller)
        && (changes.InvoiceDetails is not { } lines || HasLines(lines, invoice))
        && (changes.Status is not { } status || invoice.Status == status)
        && DeliveryWriteCheck.ShowsDate(changes.PurchaseDate, invoice.PurchaseDate)
        && DeliveryWriteCheck.ShowsChannel(changes.SaleChannelId, invoice.SaleChannelId)
        && changes.CodPaymentMethod is null && changes.CodPaymentAccount is null // not shown by a read
        && DeliveryWriteCheck.Shows(changes.Delivery, invoice.Delivery);

    /// <summary>What is still owed on an invoice: its total less what was paid (never below 0).</summary>
    public static decimal Owed(Invoice invoice) => Math.Max(0, invoice.Total - invoice.TotalPayment);

    /// <summary>The payment a lost payment write made: one the invoice did not have before, of that amount and method, the oldest.</summary>
    public static InvoicePayment? PaymentMade(PaymentDraft draft, IReadOnlyCollection<long> paymentsBefore, Invoice now, WriteContext context) =>
        now.Payments
            .Where(p => !paymentsBefore.Contains(p.Id) && context.CouldBeCreatedByThisWrite(p.Id, p.TransDate ?? context.CreatedSince)
                && p.Amount == draft.Amount && string.Equals(p.Method, draft.Method, StringComparison.OrdinalIgnoreCase))
            .OrderBy(p => p.Id)
            .FirstOrDefault();

    private static bool HasLines(IReadOnlyCollection<OrderLine> sent, Invoice invoice) =>
        SaleLineMatch.SameLines(sent, invoice.Lines.Select(l => ((long?)l.ProductId, l.ProductCode, l.Quantity)));
}
