using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using KiotViet.Commands.Infrastructure;
using KiotViet.Matching;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Sets products' prices in a KiotViet price book (bảng giá), from parameters or pipeline rows.</para>
/// </summary>
[Cmdlet(VerbsCommon.Set, "KvPriceBookDetail", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(PriceBookDetail))]
public sealed class SetKvPriceBookDetailCommand : KvWriteCmdlet
{
    /// <summary>The pipeline input as it came (a CSV row, a record), kept as the target of any error.</summary>
    [Parameter(ValueFromPipeline = true, DontShow = true)]
    public override PSObject? InputObject { get; set; }

    private protected override Type? RecordType => typeof(PriceBookDetail);

    private ProductsByCode? productsByCode;

    /// <summary>The price book's id; 0 is the general price book (the products' base price). Binds from piped prices.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidatePositiveId(AllowZero = true)]
    [ArgumentCompleter(typeof(PriceBookCompleter))]
    [IdTransformation]
    public long? PriceBookId { get; set; }

    /// <summary>The price book by its name (e.g. "Giá sỉ"), when no -PriceBookId is given.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("PriceBookName")]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Name)]
    public string? PriceBook { get; set; }

    /// <summary>The product's id; binds from the Id of piped prices (Get-KvPriceBookDetail) and products (Get-KvProduct).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ValidatePositiveId]
    [IdTransformation]
    public long? ProductId { get; set; }

    /// <summary>The product by its code (mã hàng), when no -ProductId is given: read once per code per run (one by one, or the product list once when that costs fewer requests).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("Code", "SKU")]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Code)]
    public string? ProductCode { get; set; }

    /// <summary>
    /// The new price (giá bán) in the price book; a script block computes it per row: -Price { $_.Price * 1.1 }.
    /// Required: an empty CSV cell is a row refused, never a price of 0.
    /// </summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("NewPrice")]
    [ShopNumberTransformation]
    public decimal? Price { get; set; }

    /// <summary>Writes each price set to the pipeline.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    private protected override object? RowLabel => (object?)ProductCode ?? ProductId;

    private protected override string Activity => "Setting KiotViet price book prices";

    private protected override string WrittenAs => "set";

    private protected override string ResumeAdvice => "Run the same command again: a price already set is set again harmlessly.";

    protected override void Process()
    {
        if (Problem() is { } problem)
        {
            RefusedBeforeSending(ErrorRecords.InvalidInput("KiotVietInvalidPrice", $"Price of {ProductCode ?? ProductId?.ToString(CultureInfo.InvariantCulture) ?? "a row"} was not sent: {problem}.", ErrorTarget));
            return;
        }

        if (!TryResolvePriceBook(out var book) || !TryResolveProduct(out var productId, out var code, out var name))
        {
            return;
        }

        var product = code is null ? $"product {productId}" : $"product {code} {name} (id {productId})".Replace("  ", " ");
        if (!ShouldProcess($"{product} in {book.Label}", $"Set price to {Price!.Value.ToString("#,0.##", CultureInfo.InvariantCulture)}"))
        {
            return;
        }

        var change = new PriceBookPrice { PriceBookId = book.Id, ProductId = productId, Price = Price!.Value };
        if (TryWrite(ErrorTarget, ct => Shop.PriceBooks.SetPriceAsync(change, ct), out var set) && PassThru)
        {
            set.ProductCode ??= code;
            set.ProductName ??= name;
            WriteObject(set);
        }
    }

    private string? Problem()
    {
        if (Price is null)
        {
            return "give the price (-Price, or a Price column)";
        }

        if (Price < 0)
        {
            return $"the price {Price.Value.ToString(CultureInfo.InvariantCulture)} is negative";
        }

        if (PriceBookId is null && string.IsNullOrWhiteSpace(PriceBook))
        {
            return "give the price book (-PriceBookId, or -PriceBook with its name)";
        }

        return ProductId is null && string.IsNullOrWhiteSpace(ProductCode) ? "give the product (-ProductId or -ProductCode)" : null;
    }

    private bool TryResolvePriceBook(out (long Id, string Label) book)
    {
        if (PriceBookId is { } id)
        {
            book = (id, id == Resources.PriceBookClient.GeneralPriceBookId ? "the general price book (base price)" : $"price book {id}");
            return true;
        }

        var name = PriceBook!.Trim();
        IReadOnlyList<PriceBook> books;
        try
        {
            books = Await(ct => Shop.Lookups.ListAsync(new PriceBookQuery(), ct));
        }
        catch (KiotVietApiException ex)
        {
            book = default;
            FailedInTurn(ex, ErrorTarget, $"The price books could not be read to find '{name}'.");
            return false;
        }

        var matches = books.Where(b => string.Equals(b.Name?.Trim(), name, StringComparison.OrdinalIgnoreCase)).ToList();
        if (matches.Count == 1)
        {
            book = (matches[0].Id, $"price book '{matches[0].Name}' ({matches[0].Id})");
            return true;
        }

        var known = string.Join(", ", books.Select(b => $"'{b.Name}' ({b.Id})"));
        var why = matches.Count == 0 ? $"no price book is named '{name}' (the shop has {known})" : $"{matches.Count} price books are named '{name}': give -PriceBookId ({string.Join(", ", matches.Select(b => b.Id))})";
        RefusedBeforeSending(ErrorRecords.InvalidInput("KiotVietPriceBookNotFound", $"Price of {ProductCode ?? ProductId?.ToString(CultureInfo.InvariantCulture)} was not sent: {why}.", ErrorTarget));
        book = default;
        return false;
    }

    // The product's id, and what names it: from the row, the piped record, or the product read by its code.
    private bool TryResolveProduct(out long id, out string? code, out string? name)
    {
        var piped = InputObject?.BaseObject;
        (code, name) = piped switch
        {
            PriceBookDetail price => (price.ProductCode, price.ProductName),
            Product product => (product.Code, product.Name),
            _ => (ProductCode?.Trim(), null),
        };
        if (ProductId is { } given)
        {
            id = given;
            return true;
        }

        var wanted = ProductCode!.Trim();
        Product found;
        try
        {
            productsByCode ??= new ProductsByCode(Shop.Reads);
            found = Await(ct => productsByCode.FindAsync(wanted, ct));
        }
        catch (KiotVietApiException ex)
        {
            id = 0;
            FailedInTurn(ex, ErrorTarget, $"Product code '{wanted}' could not be read.");
            return false;
        }

        (id, code, name) = (found.Id, found.Code, found.Name);
        return true;
    }
}
