using System;
using System.Collections.Generic;
using System.Linq;
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
    [ValidateGiven]
    [ValidateShopText(TextLimits.Name)]
    [AllowEmptyString]
    public override string? Name { get; set; }

    [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
    [Alias("ProductCode", "SKU")]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Code)]
    public override string? Code { get; set; }

    /// <summary>Image URLs (http or https); in a CSV cell, several separated by ";" or spaces.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("Images", "ImageUrl")]
    [EmptyAsNullTransformation]
    public string[]? Image { get; set; }

    /// <summary>The code of the first variant of the family this product joins as another variant (masterProductId).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("VariantOf")]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Code)]
    public string? MasterProductCode { get; set; }

    /// <summary>The id of the first variant of the family this product joins (masterProductId).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [IdTransformation]
    [ValidatePositiveId]
    public long? MasterProductId { get; set; }

    private BulkWriter<ProductDraft, Product>? writer;

    private protected override string Activity => "Creating KiotViet products";

    private protected override string WrittenAs => "created";

    private protected override string ResumeAdvice => "Run the same command again for the rows not created: a row whose code already exists is refused by KiotViet, not created twice.";

    protected override void Process()
    {
        var draft = BuildDraft(includeCode: true, out var problem);
        if (draft is not null && ExtrasProblem(draft) is { } extrasProblem)
        {
            (draft, problem) = (null, extrasProblem);
        }

        if (draft is null)
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

    // Units, variant, images and VAT; null when they are fine.
    private string? ExtrasProblem(ProductDraft draft)
    {
        var problems = new List<string>();
        AddExtras(draft, draft.Code, problems, creating: true);
        if (Given(nameof(Image)) && Image is { Length: > 0 } images)
        {
            var urls = images.SelectMany(i => (i ?? "").Split(new[] { ';', ' ', '\n', '\r', '\t' }, StringSplitOptions.RemoveEmptyEntries)).ToList();
            var bad = urls.Where(u => !Uri.TryCreate(u, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)).ToList();
            if (bad.Count > 0)
            {
                problems.Add($"Image {string.Join(", ", bad.Select(b => $"'{b}'"))} is not an http or https address");
            }

            draft.Images = urls.Count > 0 ? urls : null;
        }

        draft.MasterProductId = Given(nameof(MasterProductId)) ? MasterProductId : null;
        if (Given(nameof(MasterProductCode)) && MasterProductCode?.Trim() is { Length: > 0 } family)
        {
            draft.MasterProductId ??= ProductIdOf(family, "MasterProductCode", problems);
        }

        return problems.Count > 0 ? string.Join("; ", problems) + "." : null;
    }
}
