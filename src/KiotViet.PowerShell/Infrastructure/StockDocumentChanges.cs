using System;
using System.Collections.Generic;
using System.Linq;

namespace KiotViet.Commands.Infrastructure;

/// <summary>Keeps of an update only what differs from the document as KiotViet has it, so re-running an update sends nothing.</summary>
internal static class StockDocumentChanges
{
    public static PurchaseOrderChanges Differing(PurchaseOrderChanges asked, PurchaseOrder current, out List<string> fields)
    {
        var changes = new PurchaseOrderChanges
        {
            Description = asked.Description is { } d && d.Trim() != (current.Description ?? "").Trim() ? d : null,
            PurchaseDate = asked.PurchaseDate is { } date && date != current.PurchaseDate ? date : null,
            Discount = asked.Discount is { } discount && discount != (current.Discount ?? 0) ? discount : null,
            BranchId = asked.BranchId is { } branch && branch != current.BranchId ? branch : null,
            Supplier = asked.Supplier is { } supplier && !string.Equals(supplier.Code, current.SupplierCode, StringComparison.OrdinalIgnoreCase) ? supplier : null,
            IsDraft = asked.IsDraft is 0 && current.Status == 1 ? 0 : null,
            PurchaseOrderDetails = asked.PurchaseOrderDetails is { } lines && !SameLines(lines.Select(l => (l.ProductCode, l.Quantity, (decimal?)l.Price)), current.Lines) ? lines : null,
        };
        fields = Names(
            ("Description", changes.Description is not null),
            ("PurchaseDate", changes.PurchaseDate is not null),
            ("Discount", changes.Discount is not null),
            ("Branch", changes.BranchId is not null),
            ("Supplier", changes.Supplier is not null),
            ("Complete", changes.IsDraft is not null),
            ("Lines", changes.PurchaseOrderDetails is not null));
        return changes;
    }

    public static TransferChanges Differing(TransferChanges asked, Transfer current, out List<string> fields)
    {
        var changes = new TransferChanges
        {
            Description = asked.Description is { } d && d.Trim() != (current.Description ?? "").Trim() ? d : null,
            IsDraft = asked.IsDraft is 0 && current.Status == 1 ? 0 : null,
            Status = asked.Status is { } status && status != current.Status ? status : null,
            TransferDetails = asked.TransferDetails is { } lines && !SameLines(lines.Select(l => (l.ProductCode, l.SendQuantity, (decimal?)l.Price)), current.Lines) ? lines : null,
        };
        fields = Names(
            ("Description", changes.Description is not null),
            ("Send", changes.IsDraft is not null),
            ("Received", changes.Status is not null),
            ("Lines", changes.TransferDetails is not null));
        return changes;
    }

    private static List<string> Names(params (string Name, bool Set)[] fields) => fields.Where(f => f.Set).Select(f => f.Name).ToList();

    private static bool SameLines(IEnumerable<(string Code, decimal Quantity, decimal? Price)> asked, IReadOnlyCollection<StockLine> current)
    {
        var wanted = asked.ToList();
        return wanted.Count == current.Count
            && wanted.All(w => current.Any(c => string.Equals(c.ProductCode, w.Code, StringComparison.OrdinalIgnoreCase) && c.Quantity == w.Quantity && (w.Price is null || c.Price == w.Price)));
    }
}
