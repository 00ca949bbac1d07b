using System.Globalization;
using System.Management.Automation;
using KiotViet.Commands.Infrastructure;
using KiotViet.Writes;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Records a payment of a KiotViet invoice (POST /payments): cash, card or transfer, up to what the invoice still owes.</para>
/// </summary>
[Cmdlet(VerbsCommon.New, "KvPayment", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = AmountSet)]
[OutputType(typeof(InvoicePayment))]
public sealed class NewKvPaymentCommand : KvWriteCmdlet
{
    private const string AmountSet = "Amount";
    private const string RemainingSet = "Remaining";

    /// <summary>The invoice to pay: piped ids, the Id of invoices piped from Get-KvInvoice, or an InvoiceId column.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ValidatePositiveId]
    [IdTransformation(Required = true)]
    public long InvoiceId { get; set; }

    /// <summary>The pipeline input as it came (an invoice, a CSV row), kept as the target of any error.</summary>
    [Parameter(ValueFromPipeline = true, DontShow = true)]
    public override PSObject? InputObject { get; set; }

    /// <summary>The amount paid, in đồng; more than the invoice owes is refused before sending.</summary>
    [Parameter(Mandatory = true, ParameterSetName = AmountSet, ValueFromPipelineByPropertyName = true)]
    [ShopNumberTransformation(EmptyIsRefused = true)]
    [ValidateAmount(Positive = true)]
    public decimal Amount { get; set; }

    /// <summary>Pays what the invoice still owes (its total less what was paid), read from KiotViet just before paying.</summary>
    [Parameter(Mandatory = true, ParameterSetName = RemainingSet)]
    public SwitchParameter Remaining { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [PaymentMethodTransformation]
    [ArgumentCompleter(typeof(PaymentMethodCompleter))]
    public string Method { get; set; } = "Cash";

    /// <summary>The shop's bank account a card or transfer payment goes to (Get-KvBankAccount).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidatePositiveId]
    [IdTransformation]
    public long? AccountId { get; set; }

    private protected override string Activity => "Recording KiotViet payments";

    private protected override string WrittenAs => "paid";

    private protected override string ResumeAdvice => "Check the invoices with Get-KvInvoice -Id <id> -IncludePayment, then pay the rows that were not paid.";

    protected override object? CurrentTarget => Target;

    private object Target => InputObject is { } input && input.BaseObject is not long ? input : (object)InvoiceId;

    protected override void Process()
    {
        if (AccountId > 0 && Method == "Cash")
        {
            RefusedBeforeSending(ErrorRecords.InvalidInput("KiotVietInvalidPayment", $"Invoice {InvoiceId} was not paid: -AccountId is the bank account of a card or transfer payment, not of cash.", Target));
            return;
        }

        // Read fresh: what is owed now, and the payments it has, so that a lost answer can be told from a new payment.
        Invoice invoice;
        try
        {
            invoice = Await(ct => Shop.Invoices.GetAsync(InvoiceId, ct));
        }
        catch (KiotVietApiException ex)
        {
            FailedInTurn(ex, Target);
            return;
        }

        var owed = InvoiceWriteCheck.Owed(invoice);
        var amount = Remaining ? owed : Amount;
        if (PaymentRefusal(invoice, owed, amount) is { } refusal)
        {
            RefusedBeforeSending(ErrorRecords.InvalidInput("KiotVietInvalidPayment", refusal, Target));
            return;
        }

        var draft = new PaymentDraft { InvoiceId = InvoiceId, Amount = amount, Method = Method, AccountId = AccountId > 0 ? AccountId : null };
        var what = $"invoice {invoice.Code} {invoice.CustomerName} (id {InvoiceId}), owes {Money(owed)} of {Money(invoice.Total)}";
        if (!ShouldProcess(what, $"Record a {Method} payment of {Money(amount)}"))
        {
            return;
        }

        if (TryWrite(Target, ct => Shop.Invoices.PayAsync(invoice, draft, ct), out var payment, $"KiotViet may have recorded the payment: check with Get-KvInvoice -Id {InvoiceId} before paying again."))
        {
            WriteObject(payment);
        }
    }

    private static string? PaymentRefusal(Invoice invoice, decimal owed, decimal amount)
    {
        if (invoice.Status == InvoiceStatus.Cancelled)
        {
            return $"Invoice {invoice.Code} was not paid: it is cancelled.";
        }

        if (owed == 0)
        {
            return $"Invoice {invoice.Code} was not paid: it is already paid in full ({Money(invoice.TotalPayment)} of {Money(invoice.Total)}).";
        }

        return amount > owed
            ? $"Invoice {invoice.Code} was not paid: {Money(amount)} is more than it owes ({Money(owed)}: total {Money(invoice.Total)}, paid {Money(invoice.TotalPayment)}). Nothing was sent; pay at most {Money(owed)}, or use -Remaining."
            : null;
    }

    private static string Money(decimal amount) => amount.ToString("#,0.##", CultureInfo.InvariantCulture);
}
