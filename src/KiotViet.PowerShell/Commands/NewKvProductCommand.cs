using System.Management.Automation;
using KiotViet.Commands.Infrastructure;
using KiotViet.Writes;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Creates KiotViet products, from parameters or from pipeline rows such as Import-Csv.</para>
/// </summary>
[Cmdlet(VerbsCommon.New, "KvProduct", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Product))]
public sealed class NewKvProductCommand : ProductWriteCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("ProductName")]
    [ValidateNotNullOrEmpty]
    [ValidateShopText(TextLimits.Name)]
    public override string? Name { get; set; }

    [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("ProductCode", "SKU")]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Code)]
    public override string? Code { get; set; }

    private BulkWriter<ProductDraft, Product>? writer;

    private protected override string Activity => "Creating KiotViet products";

    private protected override string WrittenAs => "created";

    private protected override string ResumeAdvice => "Run the same command again for the rows not created: a row whose code already exists is refused by KiotViet, not created twice.";

    protected override void Process()
    {
        if (BuildDraft(includeCode: true, out var problem) is not { } draft)
        {
            RefusedBeforeSending(ErrorRecords.InvalidInput("KiotVietInvalidProduct", $"Product '{Name}' was not sent: {problem}", ErrorTarget));
            return;
        }

        if (string.IsNullOrWhiteSpace(draft.Name))
        {
            RefusedBeforeSending(ErrorRecords.InvalidInput("KiotVietProductNameMissing", "A product needs a name.", ErrorTarget));
            return;
        }

        var description = (draft.Code is null ? "" : draft.Code + " ") + draft.Name;
        if (!ShouldProcess(description, "Create KiotViet product"))
        {
            return;
        }

        var advice = draft.Code is null
            ? $"KiotViet may have saved '{draft.Name}' under a generated code: look it up (Get-KvProduct) before sending this row again."
            : $"KiotViet may have saved {draft.Code}: look it up (Get-KvProduct -Code {draft.Code}) before sending this row again.";
        // A row the batch cannot carry (a barcode) goes alone.
        SubmitRow(writer ??= BulkWriters.ProductCreates(Shop, BatchSize), draft, ErrorTarget, WriteObject, advice);
    }
}
