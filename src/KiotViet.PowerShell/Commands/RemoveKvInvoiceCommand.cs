using System.Globalization;
using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Cancels KiotViet invoices (KiotViet's delete of an invoice is a cancel: status 2 "Đã hủy").</para>
/// </summary>
[Cmdlet(VerbsCommon.Remove, "KvInvoice", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(Invoice))]
public sealed class RemoveKvInvoiceCommand : KvWriteCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("InvoiceId")]
    [ValidateRange(1, long.MaxValue)]
    public long[]? Id { get; set; }

    /// <summary>The pipeline input as it came (an invoice, a CSV row), kept as the target of any error.</summary>
    [Parameter(ValueFromPipeline = true, DontShow = true)]
    public PSObject? InputObject { get; set; }

    /// <summary>Also cancels the invoice's payments (isVoidPayment); without it they stand.</summary>
    [Parameter]
    public SwitchParameter VoidPayment { get; set; }

    /// <summary>Writes each cancelled invoice as KiotViet answered it.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    private protected override string Activity => "Cancelling KiotViet invoices";

    private protected override string WrittenAs => "cancelled";

    private protected override string ResumeAdvice => "Run the same command again: invoices already cancelled are refused by KiotViet as such.";

    protected override void ProcessRecord()
    {
        foreach (var id in Id!)
        {
            var input = Id.Length == 1 ? InputObject : null;
            var target = input is not null && input.BaseObject is not long ? input : (object)id;
            var description = DescribeRecord("invoice", id, input, ct => Shop.Invoices.GetAsync(id, ct), Describe);
            if (!ShouldProcess(description, VoidPayment ? "Cancel KiotViet invoice and void its payments" : "Cancel KiotViet invoice"))
            {
                continue;
            }

            if (TryWrite(target, ct => Shop.Invoices.CancelAsync(id, VoidPayment, ct), out var invoice) && PassThru)
            {
                WriteObject(invoice);
            }
        }
    }

    private static string Describe(Invoice invoice) =>
        $"{invoice.Code} total {invoice.Total.ToString("#,0.##", CultureInfo.InvariantCulture)}" + (invoice.CustomerName is { } customer ? $" {customer}" : "");
}
