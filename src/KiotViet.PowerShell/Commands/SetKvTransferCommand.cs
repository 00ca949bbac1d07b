using System;
using System.Linq;
using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Changes transfers (PUT /transfers/{id}): note, lines of a draft, sends a draft or records it as received.</para>
/// </summary>
[Cmdlet(VerbsCommon.Set, "KvTransfer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Transfer))]
public sealed class SetKvTransferCommand : KvWriteCmdlet
{
    /// <summary>The pipeline input as it came (a CSV row, a record), kept as the target of any error.</summary>
    [Parameter(ValueFromPipeline = true, DontShow = true)]
    public override PSObject? InputObject { get; set; }

    private protected override Type? RecordType => typeof(Transfer);

    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("TransferId")]
    [ValidatePositiveId]
    [IdTransformation(Required = true)]
    public long Id { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Note, AllowLineBreaks = true)]
    public string? Description { get; set; }

    /// <summary>The new lines of a draft (they replace all its lines): hashtables or objects with ProductCode, Quantity, Price.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public object[]? Line { get; set; }

    /// <summary>Sends a draft: its goods leave the sending branch's stock.</summary>
    [Parameter]
    public SwitchParameter Send { get; set; }

    /// <summary>Records the transfer as received (Đã nhận): its goods enter the receiving branch's stock.</summary>
    [Parameter]
    public SwitchParameter Received { get; set; }

    [Parameter]
    public SwitchParameter PassThru { get; set; }

    private protected override object? RowLabel => Id;

    private protected override string Activity => "Updating KiotViet transfers";

    private protected override string WrittenAs => "updated";

    private protected override string ResumeAdvice => "Run the same command again: an update already applied changes nothing more.";

    protected override void Process()
    {
        var target = ErrorTarget;
        TransferChanges asked;
        try
        {
            asked = new TransferChanges
            {
                Description = Given(nameof(Description)) ? Description : null,
                IsDraft = Send || Received ? 0 : null,
                Status = Received ? 3 : null,
                TransferDetails = Line?.Select((l, i) => StockLineInput.FromLine(l, i + 1, priceRequired: false)).Select(l => new TransferLine
                {
                    ProductCode = l.ProductCode,
                    SendQuantity = l.Quantity,
                    ReceivedQuantity = l.ReceivedQuantity,
                    Price = l.Price ?? 0,
                }).ToList(),
            };
        }
        catch (ArgumentException ex)
        {
            RefusedBeforeSending(ErrorRecords.InvalidInput("KiotVietInvalidTransferChange", $"Transfer {Id} was not updated: {ex.Message}", target));
            return;
        }

        Transfer current;
        try
        {
            SettleConflicting(new[] { $"id:{Id}" }); // an earlier row's write of it lands first
            current = Await(ct => Shop.Transfers.GetAsync(Id, ct));
        }
        catch (KiotVietApiException ex)
        {
            FailedInTurn(ex, target);
            return;
        }

        var changes = StockDocumentChanges.Differing(asked, current, out var fields);
        if (fields.Count == 0)
        {
            SkippedAsExisting($"Transfer {current.Code} (id {Id}) already is as asked: nothing sent.");
            return;
        }

        if (!ShouldProcess($"transfer {current.Code} (id {Id})", $"Update {string.Join(", ", fields)}"))
        {
            return;
        }

        Submit(target, ct => Shop.Transfers.UpdateAsync(current, changes, ct), updated =>
        {
            if (PassThru)
            {
                WriteObject(updated);
            }
        }, conflictKeys: new[] { $"id:{Id}" });
    }
}
