using System;
using System.Collections.Generic;
using System.Linq;
using KiotViet.Matching;

namespace KiotViet.Writes;

/// <summary>
/// What an update would change in a record (docs/design.md, "the user's data edge"): the fields of the draft whose
/// value differs from the record's, and nothing else. Re-importing an export therefore sends nothing. A field the
/// record cannot show (groups read without their names, stock read without branches) counts as differing: sending
/// an unchanged value is harmless, skipping a change is not. Pure functions over record and draft.
/// </summary>
public static class UpdateDifference
{
    /// <summary>The customer fields of <paramref name="changes"/> that differ from <paramref name="record"/>.</summary>
    /// <param name="changes">The fields the user gave.</param>
    /// <param name="record">The customer as KiotViet holds it.</param>
    /// <param name="shopGroups">The shop's groups, asked for only when groups are compared (to read the record's group names).</param>
    public static CustomerDraft Of(CustomerDraft changes, Customer record, Func<IReadOnlyCollection<CustomerGroup>> shopGroups) => new()
    {
        Code = Text(changes.Code, record.Code),
        Name = Text(changes.Name, record.Name),
        Gender = changes.Gender is { } gender && gender != record.Gender ? gender : null,
        BirthDate = changes.BirthDate is { } birth && birth.ToOffset(VietnamTime.Offset).Date != record.BirthDate?.Date ? birth : null,
        ContactNumber = Phone(changes.ContactNumber, record.ContactNumber),
        SubNumber = Phone(changes.SubNumber, record.SubNumber),
        IdentificationNumber = Text(changes.IdentificationNumber, record.IdentificationNumber),
        Address = Text(changes.Address, record.Address),
        LocationName = Text(changes.LocationName, record.LocationName),
        WardName = Text(changes.WardName, record.WardName),
        Email = changes.Email is { } email && !string.Equals(email.Trim(), record.Email?.Trim() ?? string.Empty, StringComparison.OrdinalIgnoreCase) ? email : null,
        Organization = Text(changes.Organization, record.Organization),
        Comments = Text(changes.Comments, record.Comments),
        TaxCode = Text(changes.TaxCode, record.TaxCode),
        GroupIds = changes.GroupIds is { } groupIds && !SameGroups(groupIds, record.Groups, shopGroups) ? groupIds : null,
        BranchId = changes.BranchId is { } branch && branch != record.BranchId ? branch : null,
    };

    /// <summary>The product fields of <paramref name="changes"/> that differ from <paramref name="record"/>.</summary>
    public static ProductDraft Of(ProductDraft changes, Product record) => new()
    {
        Code = Text(changes.Code, record.Code),
        Name = Text(changes.Name, record.Name),
        Barcode = Text(changes.Barcode, record.Barcode),
        Unit = Text(changes.Unit, record.Unit),
        Description = Text(changes.Description, record.Description),
        CategoryId = changes.CategoryId is { } category && category != record.CategoryId ? category : null,
        BasePrice = changes.BasePrice is { } price && price != record.BasePrice ? price : null,
        Weight = changes.Weight is { } weight && weight != record.Weight ? weight : null,
        AllowsSale = changes.AllowsSale is { } allows && allows != record.AllowsSale ? allows : null,
        Inventories = changes.Inventories?.Where(stock => !ShowsStock(stock, record.InventoryList)).ToList() is { Count: > 0 } differing ? differing : null,
        IsActive = changes.IsActive is { } active && active != record.IsActive ? active : null,
        IsRewardPoint = changes.IsRewardPoint is { } reward && reward != record.IsRewardPoint ? reward : null,
        MasterUnitId = changes.MasterUnitId is { } master && master != record.MasterUnitId ? master : null,
        ConversionValue = changes.ConversionValue is { } conversion && conversion != record.ConversionValue ? conversion : null,
        Attributes = changes.Attributes is { } attributes && !ProductWriteCheck.SameAttributes(attributes, record.AttributeList) ? attributes : null,
        HasVariants = changes.HasVariants is { } variants && variants != record.HasVariants ? variants : null,
        MasterProductId = changes.MasterProductId is { } family && family != record.MasterProductId ? family : null,
        Images = changes.Images is { } images && !(record.ImageList is { } stored && new HashSet<string>(stored).SetEquals(images)) ? images : null,
        TaxIds = changes.TaxIds is { } taxes && !(record.TaxList is { } storedTaxes && new HashSet<int>(storedTaxes.Select(t => t.TaxId ?? 0)).SetEquals(taxes)) ? taxes : null,
        PurchaseTaxId = changes.PurchaseTaxId is { } purchase && purchase != record.PurchaseTax?.TaxId ? purchase : null,
    };

    private static string? Text(string? given, string? stored) =>
        given is not null && !string.Equals(given.Trim(), stored?.Trim() ?? string.Empty, StringComparison.Ordinal) ? given : null;

    private static string? Phone(string? given, string? stored) =>
        given is not null && PhoneNumber.Normalize(given) != PhoneNumber.Normalize(stored) ? given : null;

    // Null group names: the record was read without them, so they cannot be compared.
    private static bool SameGroups(IReadOnlyCollection<long> given, string? storedNames, Func<IReadOnlyCollection<CustomerGroup>> shopGroups)
    {
        if (storedNames is null)
        {
            return false;
        }

        var stored = string.IsNullOrWhiteSpace(storedNames) ? new List<long>() : CustomerGroupNames.Resolve(new[] { storedNames }, shopGroups(), out _);
        return stored is not null && new HashSet<long>(stored).SetEquals(given);
    }

    private static bool ShowsStock(BranchStockDraft stock, IReadOnlyCollection<ProductInventory>? stored) =>
        stored?.FirstOrDefault(i => i.BranchId == stock.BranchId) is { } branch
        && branch.OnHand == stock.OnHand && (stock.Cost is null || stock.Cost == branch.Cost);
}
