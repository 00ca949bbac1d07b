using System.Collections.Generic;
using System.Management.Automation;
using KiotViet.Commands.Infrastructure;
using KiotViet.Resources;
using KiotViet.Writes;
using KiotViet.Matching;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Changes fields of KiotViet products (price, name, category, stock...); fields not given stay as they are.</para>
/// </summary>
[Cmdlet(VerbsCommon.Set, "KvProduct", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Product))]
public sealed class SetKvProductCommand : ProductWriteCmdlet
{
    /// <summary>The product to change; binds from the Id of piped products. Without it, -Code names the product.</summary>
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("ProductId")]
    [ValidatePositiveId]
    [IdTransformation]
    public long? Id { get; set; }

    /// <summary>With -Id, the new code; without it, the code of the product to change (a CSV of codes and prices).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("ProductCode", "SKU")]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Code)]
    public override string? Code { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("ProductName")]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Name)]
    public override string? Name { get; set; }

    /// <summary>Whether the product is in business (đang kinh doanh); $false stops selling it.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ShopBooleanTransformation]
    public bool? IsActive { get; set; }

    /// <summary>Whether selling the product earns the customer reward points.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ShopBooleanTransformation]
    public bool? IsRewardPoint { get; set; }

    /// <summary>Fields to empty on purpose (Set-ADUser -Clear is the model); an empty CSV cell never clears.</summary>
    [Parameter]
    [ValidateSet(nameof(ProductDraft.Description), nameof(ProductDraft.Barcode), nameof(ProductDraft.Unit), IgnoreCase = true)]
    public string[]? Clear { get; set; }

    /// <summary>Writes the updated product to the pipeline.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    // A batch changes a product once: its id is the row's conflict key, so a later change goes after the earlier one.
    private BulkWriter<(long Id, ProductDraft Changes), Product>? writer;
    private ProductsByCode? products;
    private RecordsById<Product>? records;

    private protected override string Activity => "Updating KiotViet products";

    private void WriteIfPassThru(Product updated)
    {
        if (PassThru)
        {
            WriteObject(updated);
        }
    }

    private protected override string WrittenAs => "updated";

    private protected override string ResumeAdvice => "Run the same command again: an update already applied is applied again harmlessly.";

    protected override void Process()
    {
        var byCode = Id is null;
        if (byCode && string.IsNullOrWhiteSpace(Code))
        {
            RefusedBeforeSending(ErrorRecords.InvalidInput("KiotVietProductNotNamed", "Give the product to change: -Id, or -Code (a ProductCode column).", ErrorTarget));
            return;
        }

        var changes = BuildDraft(includeCode: !byCode, out var problem);
        if (changes is not null)
        {
            var problems = new List<string>();
            AddExtras(changes, null, problems, creating: false);
            changes.IsActive = Given(nameof(IsActive)) ? IsActive : null;
            changes.IsRewardPoint = Given(nameof(IsRewardPoint)) ? IsRewardPoint : null;
            if (problems.Count > 0)
            {
                (changes, problem) = (null, string.Join("; ", problems) + ".");
            }
        }

        if (changes is null)
        {
            RefusedBeforeSending(ErrorRecords.InvalidInput("KiotVietInvalidProduct", $"Product {Id?.ToString() ?? Code} was not updated: {problem}", ErrorTarget));
            return;
        }

        if (Clear is not null && ClearedFields.Apply(changes, Clear) is { } clash)
        {
            RefusedBeforeSending(ErrorRecords.InvalidInput("KiotVietInvalidProduct", $"Product {Id?.ToString() ?? Code} was not updated: {clash}", ErrorTarget));
            return;
        }

        if (changes.IsEmpty)
        {
            RefusedBeforeSending(ErrorRecords.InvalidInput("KiotVietNoProductChanges", $"Nothing to change for product {Id?.ToString() ?? Code}: give at least one field, e.g. -BasePrice, or -Clear the fields to empty.", ErrorTarget));
            return;
        }

        Product? known = (InputObject?.BaseObject as Product);
        long id;
        if (Id is { } given)
        {
            id = given;
        }
        else if (TryRead(Code!.Trim(), out var found))
        {
            known = found;
            id = found.Id;
        }
        else
        {
            return;
        }

        if (known?.Id != id && !TryReadById(id, out known))
        {
            return;
        }

        changes = UpdateDifference.Of(changes, known!);
        if (changes.IsEmpty)
        {
            var unchanged = known!;
            UnchangedInTurn($"Product {unchanged.Code} (id {id}) already holds every value given: not sent.", () => WriteIfPassThru(unchanged));
            return;
        }

        records?.Written(id);
        var target = DescribeRecord("product", id, known, ct => Shop.Products.GetAsync(id, ct), p => $"{p.Code} {p.Name}");
        if (!ShouldProcess(target, $"Update {string.Join(", ", changes.GivenFields)}"))
        {
            return;
        }

        // A row the batch cannot carry (a barcode) goes alone.
        SubmitRow(writer ??= BulkWriters.ProductUpdates(Shop, BatchSize), (id, changes), ErrorTarget, WriteIfPassThru);
    }

    // The product as KiotViet holds it, to send only what differs; read once per run at the fewest GETs.
    private bool TryReadById(long id, out Product? product)
    {
        try
        {
            records ??= UpdateRecords.Products(Shop.Reads);
            product = Await(ct => records.FindAsync(id, null, ct));
            return true;
        }
        catch (KiotVietApiException ex)
        {
            product = null;
            FailedInTurn(ex, ErrorTarget, $"Product {id} could not be read to compare the row with it.");
            return false;
        }
    }

    // A read, not a write: a product that is not there is this row's refusal; a failing read is this row's failure.
    // Codes are read once per run, one by one or through the product list, whichever costs fewer requests.
    private bool TryRead(string code, out Product product)
    {
        try
        {
            products ??= new ProductsByCode(Shop.Reads);
            product = Await(ct => products.FindAsync(code, ct));
            return true;
        }
        catch (KiotVietApiException ex)
        {
            product = null!;
            FailedInTurn(ex, ErrorTarget, $"Product code '{code}' could not be read.");
            return false;
        }
    }
}
