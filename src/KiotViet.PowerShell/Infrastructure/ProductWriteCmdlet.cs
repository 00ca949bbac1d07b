using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using KiotViet.Matching;
using KiotViet.Resources;

namespace KiotViet.Commands.Infrastructure;

/// <summary>
/// The product fields New-KvProduct and Set-KvProduct share. Every field binds by property name with the column
/// names shops use (Code, Name, Category, BasePrice, Unit, Barcode, OnHand + BranchId), an empty CSV cell counts as
/// "not given", and values are checked before anything is sent.
/// </summary>
public abstract partial class ProductWriteCmdlet : KvWriteCmdlet
{
    /// <summary>The pipeline input as it came (a CSV row, a record), kept as the target of any error.</summary>
    [Parameter(ValueFromPipeline = true, DontShow = true)]
    public override PSObject? InputObject { get; set; }

    private protected override Type? RecordType => typeof(Product);

    /// <summary>
    /// How many rows go to KiotViet in one request of its bulk endpoints (2 to 100); 1 sends every row on its own.
    /// Rows are sent together only from ten rows on; output and errors keep the input order.
    /// </summary>
    [Parameter]
    [ValidateRange(1, BatchWriteClient<Product>.MaxRows)]
    public int BatchSize { get; set; } = BatchWriteClient<Product>.MaxRows;

    /// <summary>The product's name (tên hàng).</summary>
    public abstract string? Name { get; set; }

    /// <summary>The product code (mã hàng), unique in the shop; KiotViet generates one (SP…) when a create has none.</summary>
    public abstract string? Code { get; set; }

    private protected override object? RowLabel => (object?)Name ?? Code;

    /// <summary>The category: its id, its path from the root ("Đồ uống > Cà phê") or its name when unique.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("CategoryName", "CategoryPath", "Group")]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Line)]
    public string? Category { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [IdTransformation]
    public long? CategoryId { get; set; }

    /// <summary>The selling price (giá bán).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("Price", "SalePrice")]
    [ShopNumberTransformation]
    public decimal? BasePrice { get; set; }

    /// <summary>The unit (đơn vị tính), e.g. hộp, chai, kg.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Code)]
    public string? Unit { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("EAN")]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Code)]
    public string? Barcode { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Note, AllowLineBreaks = true)]
    public string? Description { get; set; }

    /// <summary>Weight in grams.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ShopNumberTransformation]
    public decimal? Weight { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ShopBooleanTransformation]
    public bool? AllowsSale { get; set; }

    /// <summary>Stock on hand (tồn kho) in the branch given by -BranchId.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("Stock")]
    [ShopNumberTransformation]
    public decimal? OnHand { get; set; }

    /// <summary>The branch whose stock -OnHand sets.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(BranchCompleter))]
    [IdTransformation]
    public long? BranchId { get; set; }

    /// <summary>The fields given for this record, or null with the reason in <paramref name="problem"/>.</summary>
    protected ProductDraft? BuildDraft(bool includeCode, out string? problem)
    {
        problem = null;
        var draft = new ProductDraft
        {
            Code = includeCode && Given(nameof(Code)) ? Code?.Trim() : null,
            Name = Given(nameof(Name)) ? Name?.Trim() : null,
            BasePrice = Given(nameof(BasePrice)) ? BasePrice : null,
            Unit = Given(nameof(Unit)) ? Unit?.Trim() : null,
            Barcode = Given(nameof(Barcode)) ? Barcode?.Trim() : null,
            Description = Given(nameof(Description)) ? Description : null,
            Weight = Given(nameof(Weight)) ? Weight : null,
            AllowsSale = Given(nameof(AllowsSale)) ? AllowsSale : null,
            CategoryId = Given(nameof(CategoryId)) ? CategoryId : null,
        };

        var problems = new List<string>();
        if (Given(nameof(Category)) && Category is { } category)
        {
            var found = ShopCategories().Resolve(category, out var why);
            if (found is null)
            {
                problems.Add(why!);
            }
            else if (draft.CategoryId is { } id && id != found.Id)
            {
                problems.Add($"Category '{category}' (id {found.Id}) and CategoryId {id} disagree");
            }
            else
            {
                draft.CategoryId = found.Id;
            }
        }

        if (Given(nameof(OnHand)) && OnHand is { } onHand)
        {
            if (BranchId is not { } branch)
            {
                problems.Add("OnHand needs a BranchId (the branch whose stock it is)");
            }
            else
            {
                draft.Inventories = new List<BranchStockDraft> { new() { BranchId = branch, OnHand = onHand } };
            }

            if (onHand < 0)
            {
                problems.Add($"OnHand {onHand} is below zero");
            }
        }

        if (draft.BasePrice is < 0)
        {
            problems.Add($"BasePrice {draft.BasePrice} is below zero");
        }

        if (draft.Weight is < 0)
        {
            problems.Add($"Weight {draft.Weight} is below zero");
        }

        if (problems.Count > 0)
        {
            problem = string.Join("; ", problems) + ".";
            return null;
        }

        return draft;
    }
}
