using System.Collections.Generic;
using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Gets KiotViet products, streamed page by page, optionally with stock and prices.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "KvProduct", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(Product), typeof(RemovedRecord))]
public sealed class GetKvProductCommand : KvRemovableListingCmdlet<Product, ProductQuery>
{
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet), Alias("ProductId"), ValidateRange(1, long.MaxValue)]
    public long[]? Id { get; set; }

    /// <summary>Exact product code(s), e.g. SP000123.</summary>
    [Parameter(Mandatory = true, ParameterSetName = CodeSet), Alias("ProductCode"), ValidateNotNullOrEmpty]
    [ValidateShopText(TextLimits.Code)]
    public string[]? Code { get; set; }

    /// <summary>Products of this category.</summary>
    [Parameter(ParameterSetName = ListSet, ValueFromPipelineByPropertyName = true)]
    [ValidateRange(1, long.MaxValue)]
    [ArgumentCompleter(typeof(CategoryCompleter))]
    public long CategoryId { get; set; }

    /// <summary>Products of this category; categories piped from Get-KvCategory bind here.</summary>
    [Parameter(ParameterSetName = ListSet, ValueFromPipeline = true)]
    public Category? Category { get; set; }

    /// <summary>Fills Inventories (stock per branch) and OnHand.</summary>
    [Parameter]
    public SwitchParameter IncludeInventory { get; set; }

    /// <summary>Fills PriceBooks (the price in each price book).</summary>
    [Parameter]
    public SwitchParameter IncludePriceBook { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    [ValidateSet("Id", "Code", "Name", "CreatedDate", "ModifiedDate")]
    public string? OrderBy { get; set; }

    protected override string ItemsName => "products";

    protected override object? ErrorTarget => Category?.Id ?? (CategoryId > 0 ? CategoryId : null);

    /// <summary>
    /// Products already written for piped categories: a category's listing includes its subcategories' products, so
    /// `Get-KvCategory -Name 'Cà phê*' | Get-KvProduct` (a parent and its children) would repeat them.
    /// </summary>
    private readonly HashSet<long> writtenForCategories = new();

    protected override void Emit(Product product)
    {
        if (Category is null || writtenForCategories.Add(product.Id))
        {
            WriteObject(product);
        }
    }

    protected override void WriteByKey() => WriteKeys(Id, Code);

    protected override ProductQuery NewQuery() => new()
    {
        CategoryId = Category is { } category ? CategoryIdOf(category) : CategoryId > 0 ? CategoryId : null,
        IncludeInventory = IncludeInventory,
        IncludePriceBook = IncludePriceBook,
        OrderBy = OrderBy,
    };

    // A category object without an Id (a hand-made object, a CSV row) names no category: 0 would list every product.
    private long CategoryIdOf(Category category)
    {
        if (category.Id <= 0)
        {
            ThrowTerminatingError(ErrorRecords.InvalidInput(
                "KiotVietCategoryWithoutId",
                $"A category was given without an Id{(category.CategoryName is { } name ? $" ({name})" : "")}, so it names no category: pipe categories from Get-KvCategory, or give -CategoryId.",
                category));
        }

        return category.Id;
    }
}
