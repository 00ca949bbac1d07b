using System;
using System.Collections.Generic;
using System.Linq;

namespace KiotViet.Writes;

/// <summary>Whether a purchase or a transfer as KiotViet shows it is the result of a create, an update or a cancel.</summary>
internal static class StockDocumentWriteCheck
{
    /// <summary>KiotViet's status of a cancelled purchase or transfer.</summary>
    public const int CancelledStatus = 4;

    public const string CancelledText = "Đã hủy";

    /// <summary>
    /// The purchase a create made: same branch, supplier and lines, the description when the create gave one, and the
    /// purchase date the create sent (to the second; the create always sends one, so two purchases of the same lines
    /// are told apart by it, but creates in flight side by side may share a second: the description tells those apart).
    /// </summary>
    public static bool IsCreatedFrom(PurchaseOrderDraft draft, PurchaseOrder purchase) =>
        purchase.BranchId == draft.BranchId
        && (draft.Description is not { } description || SameText(description, purchase.Description))
        && (draft.Supplier?.Code is not { } supplier || string.Equals(purchase.SupplierCode, supplier, StringComparison.OrdinalIgnoreCase))
        && purchase.PurchaseDate is { } date && SameSecond(date, draft.PurchaseDate)
        && SameLines(draft.PurchaseOrderDetails.Select(l => (l.ProductCode, l.Quantity)), purchase.Lines);

    public static bool ShowsUpdate(PurchaseOrderChanges changes, PurchaseOrder purchase) =>
        (changes.Description is null || SameText(changes.Description, purchase.Description))
        && (changes.BranchId is not { } branch || purchase.BranchId == branch)
        && (changes.Supplier?.Code is not { } supplier || string.Equals(purchase.SupplierCode, supplier, StringComparison.OrdinalIgnoreCase))
        && (changes.Discount is not { } discount || purchase.Discount == discount)
        && (changes.PurchaseDate is not { } date || purchase.PurchaseDate is { } shown && SameSecond(shown, date))
        && (changes.IsDraft is not 0 || purchase.Status != DraftStatus)
        && (changes.PurchaseOrderDetails is not { } lines || SameLines(lines.Select(l => (l.ProductCode, l.Quantity)), purchase.Lines));

    /// <summary>
    /// The transfer a create made: same branches and lines, and the code when the create gave one. Without a code,
    /// only a transfer dated since the write began can be it; a row without any date cannot be judged (null).
    /// </summary>
    public static bool? IsCreatedFrom(TransferDraft draft, Transfer transfer, WriteContext context)
    {
        if (transfer.FromBranchId != draft.FromBranchId || transfer.ToBranchId != draft.ToBranchId
            || !SameLines(draft.TransferDetails.Select(l => (l.ProductCode, l.SendQuantity)), transfer.Lines))
        {
            return false;
        }

        if (draft.Code is { } code)
        {
            return string.Equals(transfer.Code, code, StringComparison.OrdinalIgnoreCase);
        }

        if (draft.Description is { } description && !SameText(description, transfer.Description))
        {
            return false;
        }

        var dated = transfer.CreatedDate ?? transfer.DispatchedDate;
        return dated is null ? null : context.CouldBeCreatedByThisWrite(transfer.Id, dated);
    }

    public static bool ShowsUpdate(TransferChanges changes, Transfer transfer) =>
        (changes.Description is null || SameText(changes.Description, transfer.Description))
        && (changes.Status is not { } status || transfer.Status == status)
        && (changes.IsDraft is not 0 || transfer.Status != DraftStatus)
        && (changes.TransferDetails is not { } lines || SameLines(lines.Select(l => (l.ProductCode, l.SendQuantity)), transfer.Lines));

    public static bool IsCancelled(StockDocument document) =>
        document.Status == CancelledStatus || string.Equals(document.StatusValue, CancelledText, StringComparison.OrdinalIgnoreCase);

    /// <summary>A draft (Phiếu tạm).</summary>
    private const int DraftStatus = 1;

    private static bool SameSecond(DateTimeOffset a, DateTimeOffset b) =>
        a.UtcDateTime.Ticks / TimeSpan.TicksPerSecond == b.UtcDateTime.Ticks / TimeSpan.TicksPerSecond;

    private static bool SameText(string sent, string? shown) => string.Equals(sent.Trim(), shown?.Trim(), StringComparison.Ordinal);

    /// <summary>Each sent line matches one stored line by product code and quantity, in any order.</summary>
    private static bool SameLines(IEnumerable<(string Code, decimal Quantity)> sent, IEnumerable<StockLine> stored)
    {
        var unmatched = stored.ToList();
        var expected = sent.ToList();
        if (unmatched.Count != expected.Count)
        {
            return false;
        }

        foreach (var (code, quantity) in expected)
        {
            var at = unmatched.FindIndex(s => s.Quantity == quantity && string.Equals(s.ProductCode, code, StringComparison.OrdinalIgnoreCase));
            if (at < 0)
            {
                return false;
            }

            unmatched.RemoveAt(at);
        }

        return true;
    }
}
