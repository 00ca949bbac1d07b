using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;

namespace KiotViet.Commands.Infrastructure;

/// <summary>
/// The product fields beyond the basic ones that New-KvProduct and Set-KvProduct share: the unit a product is of
/// another (MasterUnitCode or MasterUnitId, ConversionValue), a variant's attributes, its VAT. Each binds from a CSV
/// column of its name; a master named by code is read by code (once per row), after the rows before it were sent,
/// so a file can hold a product and then its other units.
/// </summary>
public abstract partial class ProductWriteCmdlet
{
    private readonly HashSet<string> codesOfThisRun = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A variant's attributes: "Màu: Đỏ; Size: M" (as Get-KvProduct's Attributes reads), or a hashtable @{ Màu = 'Đỏ' }.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("Attribute")]
    [EmptyAsNullTransformation]
    public object? Attributes { get; set; }

    /// <summary>The code of the base-unit product this product is another unit of (a "thùng" of the "lon" product).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("MasterCode", "BaseUnitCode")]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Code)]
    public string? MasterUnitCode { get; set; }

    /// <summary>The id of the base-unit product this product is another unit of.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [IdTransformation]
    [ValidatePositiveId]
    public long? MasterUnitId { get; set; }

    /// <summary>How many base units this unit holds (24 for a "thùng" of 24 "lon").</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ShopNumberTransformation]
    public decimal? ConversionValue { get; set; }

    /// <summary>The product's VAT ids (productTaxs): 1 VAT 0%, 2 VAT 5%, 3 VAT 8%, 4 VAT 10%, …; several as "4;6".</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("TaxIds")]
    [EmptyAsNullTransformation]
    public string[]? TaxId { get; set; }

    /// <summary>The VAT id applied on purchase (purchaseTax).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [WholeNumberTransformation]
    [ValidateBetween(1, int.MaxValue)]
    public int? PurchaseTaxId { get; set; }

    /// <summary>
    /// Adds the extras given to the draft, resolving a master named by code; the problems found go to
    /// <paramref name="problems"/>. <paramref name="rowCode"/> is the code this row writes, remembered so that a later row
    /// can name it as its master under -WhatIf, when it was not created.
    /// </summary>
    private protected void AddExtras(ProductDraft draft, string? rowCode, List<string> problems, bool creating)
    {
        if (Given(nameof(Attributes)) && Attributes is { } attributes)
        {
            draft.Attributes = ReadAttributes(attributes, problems);
            draft.HasVariants = draft.Attributes is { Count: > 0 } ? true : null;
        }

        if (Given(nameof(TaxId)) && TaxId is { Length: > 0 } taxes)
        {
            draft.TaxIds = ReadTaxIds(taxes, problems);
        }

        draft.PurchaseTaxId = Given(nameof(PurchaseTaxId)) ? PurchaseTaxId : null;
        draft.ConversionValue = Given(nameof(ConversionValue)) ? ConversionValue : null;
        draft.MasterUnitId = Given(nameof(MasterUnitId)) ? MasterUnitId : null;
        if (Given(nameof(MasterUnitCode)) && MasterUnitCode?.Trim() is { Length: > 0 } master)
        {
            var id = ProductIdOf(master, "MasterUnitCode", problems);
            if (id is not null && draft.MasterUnitId is { } given && given != id)
            {
                problems.Add($"MasterUnitCode '{master}' (id {id}) and MasterUnitId {given} disagree");
            }

            draft.MasterUnitId ??= id;
        }

        if (draft.ConversionValue is <= 0)
        {
            problems.Add($"ConversionValue {draft.ConversionValue} must be more than 0");
        }

        if (creating && (draft.MasterUnitId is not null || (Given(nameof(MasterUnitCode)) && MasterUnitCode is not null)) && draft.ConversionValue is null)
        {
            problems.Add("a unit of another product (MasterUnitCode or MasterUnitId) needs its ConversionValue (how many base units it holds)");
        }

        if (rowCode?.Trim() is { Length: > 0 } code)
        {
            codesOfThisRun.Add(code);
        }
    }

    /// <summary>
    /// The id of the product with this code, read after the rows before this one were sent; null with a problem when
    /// there is none. Under -WhatIf, a code an earlier row of this run writes is taken as found (it was not created).
    /// </summary>
    private protected long? ProductIdOf(string code, string field, List<string> problems)
    {
        SettleConflicting(new[] { "code:" + code });
        try
        {
            return Await(ct => Shop.Products.GetByCodeAsync(code, ct)).Id;
        }
        catch (KiotVietApiException ex) when (ex.Kind == KiotVietErrorKind.NotFound)
        {
            if (!(WhatIfMode && codesOfThisRun.Contains(code)))
            {
                problems.Add($"{field} '{code}': the shop has no product with that code");
            }

            return null;
        }
    }

    private bool WhatIfMode =>
        (MyInvocation.BoundParameters.TryGetValue("WhatIf", out var given) && given is SwitchParameter { IsPresent: true })
        || (!MyInvocation.BoundParameters.ContainsKey("WhatIf") && LanguagePrimitives.IsTrue(GetVariableValue("WhatIfPreference")));

    /// <summary>Attributes from "Màu: Đỏ; Size: M" (or "Màu=Đỏ"), a hashtable, or attribute objects (a product's Attributes).</summary>
    internal static List<ProductAttributeDraft>? ReadAttributes(object given, List<string> problems)
    {
        var value = given is PSObject wrapped ? wrapped.BaseObject : given;
        var pairs = new List<(string Name, string? Value)>();
        switch (value)
        {
            case string text:
                foreach (var part in text.Split(new[] { ';', '\n' }, StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim()).Where(p => p.Length > 0))
                {
                    var cut = part.IndexOfAny(new[] { ':', '=' });
                    pairs.Add(cut <= 0 ? (part, null) : (part.Substring(0, cut).Trim(), part.Substring(cut + 1).Trim()));
                }

                break;
            case IDictionary table:
                foreach (DictionaryEntry entry in table)
                {
                    pairs.Add((Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "", Convert.ToString(entry.Value is PSObject p ? p.BaseObject : entry.Value, CultureInfo.InvariantCulture)));
                }

                break;
            case IEnumerable items:
                foreach (var item in items)
                {
                    var row = PSObject.AsPSObject(item);
                    pairs.Add((Convert.ToString(row.Properties["AttributeName"]?.Value, CultureInfo.InvariantCulture) ?? "", Convert.ToString(row.Properties["AttributeValue"]?.Value, CultureInfo.InvariantCulture)));
                }

                break;
            default:
                problems.Add($"Attributes '{value}' is not \"Name: Value; Name: Value\" or a hashtable");
                return null;
        }

        var bad = pairs.Where(p => string.IsNullOrWhiteSpace(p.Name) || string.IsNullOrWhiteSpace(p.Value)).Select(p => p.Name).ToList();
        if (bad.Count > 0)
        {
            problems.Add($"Attributes: give each as Name: Value ({string.Join(", ", bad.Select(b => $"'{b}'"))} has no value)");
            return null;
        }

        return pairs.Select(p => new ProductAttributeDraft { AttributeName = p.Name.Trim(), AttributeValue = p.Value!.Trim() }).ToList();
    }

    private static List<int>? ReadTaxIds(IEnumerable<string> given, List<string> problems)
    {
        var ids = new List<int>();
        foreach (var text in given.SelectMany(g => (g ?? "").Split(new[] { ';', ',', ' ' }, StringSplitOptions.RemoveEmptyEntries)))
        {
            if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) && id > 0)
            {
                ids.Add(id);
            }
            else
            {
                problems.Add($"TaxId '{text}' is not a tax id (a number such as 4 for VAT 10%)");
                return null;
            }
        }

        return ids.Count == 0 ? null : ids;
    }
}
