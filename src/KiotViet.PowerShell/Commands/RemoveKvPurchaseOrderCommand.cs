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
public sealed class RemoveKvPurchaseOrderCommand : KvByIdWriteCmdlet<PurchaseOrder, PurchaseOrder?>
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("PurchaseOrderId")]
    [ValidatePositiveId]
    [IdListTransformation]
    public override long[]? Id { get; set; }

    /// <summary>Also cancels what was paid to the supplier (IsVoidPayment); without it the payments stand.</summary>
    [Parameter]
    public SwitchParameter VoidPayment { get; set; }

    /// <summary>Writes each cancelled purchase as KiotViet shows it afterwards (one more read each).</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    private protected override string Noun => "purchase";

    private protected override string Activity => "Cancelling KiotViet purchases";

    private protected override string WrittenAs => "cancelled";

    private protected override string Action => VoidPayment ? "Cancel KiotViet purchase and void its payments" : "Cancel KiotViet purchase";

    private protected override string ResumeAdvice => "Run the same command again: a purchase already cancelled is refused by KiotViet as such.";

    private protected override Task<PurchaseOrder> ReadAsync(long id, CancellationToken cancellationToken) => Shop.PurchaseOrders.GetAsync(id, cancellationToken);

    private protected override string NameOf(PurchaseOrder record) =>
        $"{record.Code} total {record.Total.ToString("#,0.##", CultureInfo.InvariantCulture)}" + (record.SupplierName is { } supplier ? $" {supplier}" : "");

    private protected override Task<PurchaseOrder?> WriteAsync(long id, CancellationToken cancellationToken) => Shop.PurchaseOrders.CancelAsync(id, VoidPayment, PassThru, cancellationToken);

    private protected override void Written(long id, PurchaseOrder? cancelled)
    {
        if (PassThru && cancelled is not null)
        {
            WriteObject(cancelled);
        }
    }
}
