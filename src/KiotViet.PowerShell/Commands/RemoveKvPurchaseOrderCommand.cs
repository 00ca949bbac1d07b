using System.Globalization;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Cancels purchases (DELETE /purchaseorders?id=&amp;IsVoidPayment=): status "Đã hủy", the goods leave the branch's stock again.</para>
/// </summary>
[Cmdlet(VerbsCommon.Remove, "KvPurchaseOrder", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(PurchaseOrder))]
public sealed class RemoveKvPurchaseOrderCommand : KvWriteCmdlet
{
    /// <summary>The pipeline input as it came (an id, a record, a CSV row), kept as the target of any error.</summary>
    [Parameter(ValueFromPipeline = true, DontShow = true)]
    public override PSObject? InputObject { get; set; }

    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("PurchaseOrderId")]
    [ValidatePositiveId]
    [IdListTransformation]
    public long[]? Id { get; set; }

    /// <summary>Also cancels what was paid to the supplier (IsVoidPayment); without it the payments stand.</summary>
    [Parameter]
    public SwitchParameter VoidPayment { get; set; }

    /// <summary>Writes each cancelled purchase as KiotViet shows it afterwards (one more read each).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    private const string Noun = "purchase";

    private protected override string Activity => "Cancelling KiotViet purchases";

    private protected override string WrittenAs => "cancelled";

    private string Action => VoidPayment ? "Cancel KiotViet purchase and void its payments" : "Cancel KiotViet purchase";

    private protected override string ResumeAdvice => "Run the same command again: a purchase already cancelled is refused by KiotViet as such.";

    private Task<PurchaseOrder> ReadAsync(long id, CancellationToken cancellationToken) => Shop.PurchaseOrders.GetAsync(id, cancellationToken);

    private static string NameOf(PurchaseOrder record) =>
        $"{record.Code} total {record.Total.ToString("#,0.##", CultureInfo.InvariantCulture)}" + (record.SupplierName is { } supplier ? $" {supplier}" : "");

    protected override void Process() =>
        WriteEachById<PurchaseOrder, PurchaseOrder?>(Id, null, Noun, Action, ReadAsync, (_, _) => throw new System.NotSupportedException(), NameOf, WriteAsync, Written);

    private Task<PurchaseOrder?> WriteAsync(long id, CancellationToken cancellationToken) => Shop.PurchaseOrders.CancelAsync(id, VoidPayment, PassThru, cancellationToken);

    private void Written(long id, PurchaseOrder? cancelled)
    {
        if (PassThru && cancelled is not null)
        {
            WriteObject(cancelled);
        }
    }
}
