using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using KiotViet.Commands.Infrastructure;
using KiotViet.Json;
using KiotViet.Matching;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Changes purchases (PUT /purchaseorders/{id}): note, date, supplier, branch, discount, lines, or completes a draft.</para>
/// </summary>
[Cmdlet(VerbsCommon.Set, "KvPurchaseOrder", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(PurchaseOrder))]
public sealed class SetKvPurchaseOrderCommand : KvWriteCmdlet
{
    /// <summary>The pipeline input as it came (a CSV row, a record), kept as the target of any error.</summary>
    [Parameter(ValueFromPipeline = true, DontShow = true)]
    public override PSObject? InputObject { get; set; }

    private protected override Type? RecordType => typeof(PurchaseOrder);

    private PartyLookup? parties;

    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("PurchaseOrderId")]
    [ValidatePositiveId]
    [IdTransformation(Required = true)]
    public long Id { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Note, AllowLineBreaks = true)]
    public string? Description { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ShopDateTransformation]
    public DateTime? PurchaseDate { get; set; }

    /// <summary>The supplier: its id, code or name.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("SupplierCode", "SupplierName")]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Line)]
    public string? Supplier { get; set; }

    /// <summary>The branch: its id, name or code.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("BranchName")]
    [EmptyAsNullTransformation]
    [ArgumentCompleter(typeof(BranchCompleter))]
    [ValidateShopText(TextLimits.Line)]
    public string? Branch { get; set; }

    /// <summary>Discount on the whole purchase.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateAmount]
    [ShopNumberTransformation]
    public decimal? Discount { get; set; }

    /// <summary>The new lines (they replace all the lines): hashtables or objects with ProductCode, Quantity, Price.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public object[]? Line { get; set; }

    /// <summary>Completes a draft: its goods enter the branch's stock.</summary>
    [Parameter]
    public SwitchParameter Complete { get; set; }

    [Parameter]
    public SwitchParameter PassThru { get; set; }

    private protected override object? RowLabel => Id;

    private protected override string Activity => "Updating KiotViet purchases";

    private protected override string WrittenAs => "updated";

    private protected override string ResumeAdvice => "Run the same command again: an update already applied changes nothing more.";

    protected override void Process()
    {
        var target = ErrorTarget;
        PurchaseOrderChanges asked;
        try
        {
            asked = Asked();
        }
        catch (Exception ex) when (ex is ArgumentException or PartyLookupException)
        {
            RefusedBeforeSending(ErrorRecords.InvalidInput("KiotVietInvalidPurchaseOrderChange", $"Purchase {Id} was not updated: {ex.Message}", target));
            return;
        }
        catch (KiotVietApiException ex)
        {
            FailedInTurn(ex, target);
            return;
        }

        PurchaseOrder current;
        try
        {
            SettleConflicting(new[] { $"id:{Id}" }); // an earlier row's write of it lands first
            current = Await(ct => Shop.PurchaseOrders.GetAsync(Id, ct));
        }
        catch (KiotVietApiException ex)
        {
            FailedInTurn(ex, target);
            return;
        }

        var changes = StockDocumentChanges.Differing(asked, current, out var fields);
        if (fields.Count == 0)
        {
            SkippedAsExisting($"Purchase {current.Code} (id {Id}) already is as asked: nothing sent.");
            return;
        }

        if (!ShouldProcess($"purchase {current.Code} (id {Id})", $"Update {string.Join(", ", fields)}"))
        {
            return;
        }

        Submit(target, ct => Shop.PurchaseOrders.UpdateAsync(current, changes, ct), updated =>
        {
            if (PassThru)
            {
                WriteObject(updated);
            }
        }, conflictKeys: new[] { $"id:{Id}" });
    }

    /// <summary>What the row asks to set, checked; branch and supplier looked up.</summary>
    private PurchaseOrderChanges Asked()
    {
        parties ??= new PartyLookup(Shop);
        var changes = new PurchaseOrderChanges
        {
            Description = Given(nameof(Description)) ? Description : null,
            PurchaseDate = Given(nameof(PurchaseDate)) && PurchaseDate is { } date ? VietnamTime.FromCaller(date) : null,
            Discount = Given(nameof(Discount)) ? Discount : null,
            IsDraft = Complete ? 0 : null,
            PurchaseOrderDetails = Line?.Select((l, i) => StockLineInput.FromLine(l, i + 1, priceRequired: true)).Select(l => new PurchaseOrderLine
            {
                ProductCode = l.ProductCode,
                Quantity = l.Quantity,
                Price = l.Price ?? 0,
                Discount = l.Discount,
                Description = l.Note,
            }).ToList(),
        };
        if (Given(nameof(Branch)) && Branch is { } branch)
        {
            changes.BranchId = Await(ct => parties.BranchAsync(branch, ct)).Id;
        }

        if (Given(nameof(Supplier)) && Supplier is { } named)
        {
            var supplier = Await(ct => parties.SupplierAsync(named, ct));
            changes.Supplier = new PurchaseOrderSupplier { Code = supplier.Code, Name = supplier.Name };
        }

        return changes;
    }
}
