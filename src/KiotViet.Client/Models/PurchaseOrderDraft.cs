using System;
using System.Collections.Generic;

namespace KiotViet;

/// <summary>
/// A new purchase (POST /purchaseorders): the branch, the supplier (named by its code), the lines by product code,
/// and what is paid to the supplier at once. KiotViet takes the supplier as an object, not an id.
/// </summary>
public sealed class PurchaseOrderDraft
{
    /// <summary>Always sent: the lookup of a create whose answer was lost finds the purchase by it (docs/design.md §7).</summary>
    public DateTimeOffset PurchaseDate { get; set; }

    public long BranchId { get; set; }

    public PurchaseOrderSupplier? Supplier { get; set; }

    public string? Description { get; set; }

    /// <summary>1 keeps it as a draft ("Phiếu tạm", no stock moves); 0 completes it (the goods enter the branch's stock).</summary>
    public int IsDraft { get; set; }

    public decimal? Discount { get; set; }

    public decimal? PaidAmount { get; set; }

    /// <summary>Cash, Card or Transfer.</summary>
    public string? PaymentMethod { get; set; }

    /// <summary>The bank account of a card or transfer payment.</summary>
    public long? AccountId { get; set; }

    public List<PurchaseOrderLine> PurchaseOrderDetails { get; set; } = new();
}

/// <summary>What a purchase update sets (PUT /purchaseorders/{id}); a null field is left as it is; lines, when given, replace the lines.</summary>
public sealed class PurchaseOrderChanges
{
    public DateTimeOffset? PurchaseDate { get; set; }

    public long? BranchId { get; set; }

    public PurchaseOrderSupplier? Supplier { get; set; }

    public string? Description { get; set; }

    /// <summary>0 completes a draft; the January 2026 doc types it as an int on update too.</summary>
    public int? IsDraft { get; set; }

    public decimal? Discount { get; set; }

    public List<PurchaseOrderLine>? PurchaseOrderDetails { get; set; }
}

/// <summary>The supplier of a purchase as KiotViet takes it: by code, with its name.</summary>
public sealed class PurchaseOrderSupplier
{
    public string? Code { get; set; }

    public string? Name { get; set; }
}

/// <summary>A line of a purchase: product code, quantity, purchase price, optional discount and note.</summary>
public sealed class PurchaseOrderLine
{
    public string ProductCode { get; set; } = "";

    public string? Description { get; set; }

    public decimal Quantity { get; set; }

    public decimal Price { get; set; }

    public decimal? Discount { get; set; }

    public override string ToString() => $"{ProductCode} x{Quantity:0.###} @{Price:0.##}";
}
