using System;
using System.Collections.Generic;
using System.Linq;

namespace KiotViet.Writes;

/// <summary>Whether a product record shows a create or an update of a draft: what reconciling product writes compares.</summary>
internal static class ProductWriteCheck
{
    /// <summary>True when the record shows every field the draft set (a field not set matches anything).</summary>
    public static bool Shows(ProductDraft draft, Product record) =>
        SameText(draft.Code, record.Code) && SameText(draft.Name, record.Name) && SameText(draft.Barcode, record.Barcode)
        && SameText(draft.Unit, record.Unit) && SameText(draft.Description, record.Description)
        && (draft.CategoryId is null || draft.CategoryId == record.CategoryId)
        && (draft.BasePrice is null || draft.BasePrice == record.BasePrice)
        && (draft.Weight is null || draft.Weight == record.Weight)
        && (draft.AllowsSale is null || draft.AllowsSale == record.AllowsSale)
        && (draft.Inventories is null || draft.Inventories.All(s => record.InventoryList?.Any(i => i.BranchId == s.BranchId && i.OnHand == s.OnHand) == true))
        && (draft.IsActive is null || draft.IsActive == record.IsActive)
        && (draft.IsRewardPoint is null || draft.IsRewardPoint == record.IsRewardPoint)
        && (draft.HasVariants is null || draft.HasVariants == record.HasVariants)
        && (draft.MasterUnitId is null || draft.MasterUnitId == record.MasterUnitId)
        && (draft.MasterProductId is null || draft.MasterProductId == record.MasterProductId)
        && (draft.ConversionValue is null || draft.ConversionValue == record.ConversionValue)
        && (draft.Attributes is null || SameAttributes(draft.Attributes, record.AttributeList))
        && (draft.Images is null || (record.ImageList is { } images && new HashSet<string>(images).SetEquals(draft.Images)))
        && (draft.TaxIds is null || (record.TaxList is { } taxes && new HashSet<int>(taxes.Select(t => t.TaxId ?? 0)).SetEquals(draft.TaxIds)))
        && (draft.PurchaseTaxId is null || draft.PurchaseTaxId == record.PurchaseTax?.TaxId);

    /// <summary>The same attribute names with the same values, in any order (names compared without case).</summary>
    public static bool SameAttributes(IReadOnlyCollection<ProductAttributeDraft> given, IReadOnlyCollection<ProductAttributeDraft>? stored) =>
        stored is not null && given.Count == stored.Count
        && given.All(g => stored.Any(s => string.Equals(s.AttributeName?.Trim(), g.AttributeName?.Trim(), StringComparison.OrdinalIgnoreCase)
            && string.Equals(s.AttributeValue?.Trim(), g.AttributeValue?.Trim(), StringComparison.Ordinal)));

    /// <summary>The record a create made, among candidates: the oldest that fits and no other write claimed, or none.</summary>
    public static Product? CreatedRecord(ProductDraft draft, IEnumerable<Product> candidates, WriteContext context) =>
        candidates
            .Where(p => context.CouldBeCreatedByThisWrite(p.Id, p.CreatedDate) && Shows(Identity(draft), p))
            .OrderBy(p => p.CreatedDate).ThenBy(p => p.Id)
            .FirstOrDefault();

    // A create is recognised by what identifies it; stock and prices may already have moved on.
    private static ProductDraft Identity(ProductDraft draft) =>
        new() { Code = draft.Code, Name = draft.Name, Barcode = draft.Barcode, CategoryId = draft.CategoryId, Unit = draft.Unit };

    private static bool SameText(string? written, string? stored) =>
        written is null || string.Equals(written.Trim(), stored?.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The updated product with the changed fields its answer does not print (2.4.4's answer has no weight, isActive,
    /// allowsSale, …) filled from the changes KiotViet accepted, so that -PassThru shows what was written.
    /// </summary>
    public static Product WithChangesShown(Product updated, ProductDraft changes)
    {
        updated.Weight ??= changes.Weight;
        updated.AllowsSale ??= changes.AllowsSale;
        updated.IsActive ??= changes.IsActive;
        updated.IsRewardPoint ??= changes.IsRewardPoint;
        updated.Description ??= changes.Description;
        updated.Unit ??= changes.Unit;
        updated.Barcode ??= changes.Barcode;
        return updated;
    }
}
