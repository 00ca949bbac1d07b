using System.Management.Automation;
using KiotViet.Commands.Infrastructure;
using KiotViet.Matching;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Creates KiotViet customers, from parameters or from pipeline rows such as Import-Csv.</para>
/// </summary>
[Cmdlet(VerbsCommon.New, "KvCustomer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Customer))]
public sealed class NewKvCustomerCommand : CustomerWriteCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("CustomerName", "FullName")]
    [ValidateNotNullOrEmpty]
    [ValidateShopText(TextLimits.Name)]
    public override string? Name { get; set; }

    /// <summary>
    /// Skip a row when a customer with the same e-mail or phone number already exists (e-mail wins; phone numbers
    /// compared in any notation), so running the same import twice creates nothing the second time. Reads every
    /// customer once per run to build the index (one request per 100 customers).
    /// </summary>
    [Parameter]
    public SwitchParameter SkipExisting { get; set; }

    private CustomerIndex? existing;
    private int created;
    private int skipped;

    protected override void Process()
    {
        var draft = BuildDraft();
        if (string.IsNullOrWhiteSpace(draft.Name))
        {
            WriteError(ErrorRecords.InvalidInput("KiotVietCustomerNameMissing", "A customer needs a name.", ErrorTarget));
            return;
        }

        if (Problems(draft) is { } problems)
        {
            WriteError(ErrorRecords.InvalidInput("KiotVietInvalidCustomer", $"Customer '{draft.Name}' was not sent: {problems}", ErrorTarget));
            return;
        }

        var description = draft.ContactNumber is null ? draft.Name! : $"{draft.Name} ({draft.ContactNumber})";
        if (SkipExisting && FindExisting(draft) is { } match)
        {
            skipped++;
            WriteVerbose($"Skipped {description}: customer {match.Code} ({match.Name}) already has this e-mail or phone number.");
            ShowBulkProgress();
            return;
        }

        if (!ShouldProcess(description, "Create KiotViet customer"))
        {
            return;
        }

        try
        {
            var customer = Await(ct => Shop.Customers.CreateAsync(draft, ct));
            existing?.Add(customer);
            created++;
            WriteObject(customer);
            ShowBulkProgress();
        }
        catch (KiotVietApiException ex)
        {
            var advice = ex.Kind is KiotVietErrorKind.Timeout or KiotVietErrorKind.Transport or KiotVietErrorKind.ServerError
                ? $"The create was not repeated, because KiotViet may have saved '{draft.Name}' already: look it up (Get-KvCustomer -ContactNumber or -Code) before sending this row again."
                : null;
            WriteApiError(ex, ErrorTarget, advice);
        }
    }

    protected override void End() => CompleteProgress("Creating KiotViet customers");

    private Customer? FindExisting(CustomerDraft draft)
    {
        existing ??= Await(ct => Shop.Lookups.CustomerIndexAsync(refresh: true, ct));
        return existing.Find(draft.Email, draft.ContactNumber);
    }

    private void ShowBulkProgress() =>
        WriteBulkProgress("Creating KiotViet customers", $"{created} created, {skipped} skipped as existing");
}
