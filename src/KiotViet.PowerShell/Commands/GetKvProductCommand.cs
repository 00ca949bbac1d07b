using System;
using System.Collections.Generic;
using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Gets KiotViet products, streamed page by page, optionally with stock and prices.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "KvProduct", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(Product), typeof(RemovedRecord))]
public sealed class GetKvProductCommand : KvListCmdlet
{
    private const string IdSet = "Id";
    private const string CodeSet = "Code";

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet)]
    [Alias("ProductId")]
    [ValidateRange(1, long.MaxValue)]
    public long[]? Id { get; set; }

    /// <summary>Exact product code(s), e.g. SP000123.</summary>
    [Parameter(Mandatory = true, ParameterSetName = CodeSet)]
    [Alias("ProductCode")]
    [ValidateNotNullOrEmpty]
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

    /// <summary>Only products changed at or after this time.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ShopDateTransformation]
    public DateTime ModifiedSince { get; set; }

    /// <summary>Also emit a removal record for each product deleted since -ModifiedSince (or since the last -SyncState run).</summary>
    [Parameter(ParameterSetName = ListSet)]
    public SwitchParameter IncludeRemoved { get; set; }


    [Parameter(ParameterSetName = ListSet)]
    [ValidateSet("Id", "Code", "Name", "CreatedDate", "ModifiedDate")]
    public string? OrderBy { get; set; }

    protected override void ProcessRecord()
    {
        switch (ParameterSetName)
        {
            case IdSet:
                WriteEach(Id!, Shop.Products.GetAsync, WriteObject);
                break;
            case CodeSet:
                WriteEach(Code!, Shop.Products.GetByCodeAsync, WriteObject);
                break;
            default:
                WriteProducts();
                break;
        }
    }


    /// <summary>
    /// Products already written for piped categories: a category's listing includes its subcategories' products, so
    /// `Get-KvCategory -Name 'Cà phê*' | Get-KvProduct` (a parent and its children) would repeat them.
    /// </summary>
    private readonly HashSet<long> writtenForCategories = new();

    private void WriteProducts()
    {
        var sync = IncrementalSync.Open(this, SyncState, "Product", Shop.Retailer);
        var query = new ProductQuery
        {
            CategoryId = Category?.Id ?? (CategoryId > 0 ? CategoryId : null),
            ModifiedSince = sync is not null ? sync.ModifiedSince : Given(nameof(ModifiedSince), ModifiedSince),
            IncludeInventory = IncludeInventory,
            IncludePriceBook = IncludePriceBook,
            OrderBy = OrderBy,
            Descending = Descending,
        };
        query.IncludeRemoved = IncludeRemoved && query.ModifiedSince is not null;
        WriteListing(
            () => Shop.Products.List(query, Paging(), CancellationToken),
            "Reading KiotViet products",
            sync,
            query.IncludeRemoved ? "Product" : null,
            WriteOncePerPipeline,
            query.CategoryId);
    }

    private void WriteOncePerPipeline(object item)
    {
        if (Category is null || item is not Product product || writtenForCategories.Add(product.Id))
        {
            WriteObject(item);
        }
    }
}
