using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using KiotViet.Commands.Infrastructure;
using KiotViet.Matching;
using KiotViet.Writes;

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
    [ValidateGiven]
    [ValidateShopText(TextLimits.Name)]
    [AllowEmptyString]
    public override string? Name { get; set; }

    /// <summary>
    /// Skip a row when a customer with the same e-mail or phone number already exists (e-mail wins; phone numbers
    /// compared in any notation), so running the same import twice creates nothing the second time. Reads every
    /// customer once per run to build the index (one request per 100 customers), with a progress bar.
    /// </summary>
    [Parameter]
    public SwitchParameter SkipExisting { get; set; }

    private CustomerIndex? existing;
    private BulkWriter<CustomerDraft, Customer>? writer;

    private protected override string Activity => "Creating KiotViet customers";

    private protected override string WrittenAs => "created";

    private protected override string ResumeAdvice => "Run the same command again with -SkipExisting: the customers already created are skipped.";

    protected override void Process()
    {
        var draft = BuildDraft(out var problems);
        if (string.IsNullOrWhiteSpace(draft.Name))
        {
            RefusedBeforeSending(ErrorRecords.InvalidInput("KiotVietCustomerNameMissing", "A customer needs a name.", ErrorTarget));
            return;
        }

        if (problems is not null)
        {
            RefusedBeforeSending(ErrorRecords.InvalidInput("KiotVietInvalidCustomer", $"Customer '{draft.Name}' was not sent: {problems}", ErrorTarget));
            return;
        }

        if (DocumentedFields.CustomerCreateRefusal(draft) is { } undocumented)
        {
            RefusedBeforeSending(ErrorRecords.InvalidInput("KiotVietFieldNotWritable", $"Customer '{draft.Name}' was not sent: {undocumented}", ErrorTarget));
            return;
        }

        var description = (draft.Code is null ? "" : draft.Code + " ") + (draft.ContactNumber is null ? draft.Name! : $"{draft.Name} ({draft.ContactNumber})");
        var keys = ConflictKeys(draft);
        if (SkipExisting)
        {
            SettleConflicting(keys); // a row not yet reported with this e-mail or phone is in the index once it is created
        }

        if (SkipExisting && FindExisting(draft) is { } match)
        {
            SkippedAsExisting($"Skipped {description}: customer {match.Code} ({match.Name}) already has this e-mail or phone number.");
            return;
        }

        if (!ShouldProcess(description, "Create KiotViet customer"))
        {
            return;
        }

        var advice = $"KiotViet may have saved '{draft.Name}': look it up (Get-KvCustomer -Code or -ContactNumber) before sending this row again, or re-run with -SkipExisting.";
        SubmitRow(writer ??= BulkWriters.CustomerCreates(Shop, BatchSize), draft, ErrorTarget, Created, advice, keys);
    }

    private void Created(Customer customer)
    {
        existing?.Add(customer);
        WriteObject(customer);
    }

    // Rows sharing a code, or (for -SkipExisting) an e-mail or phone number, are created one after the other, in input order.
    private IReadOnlyCollection<string> ConflictKeys(CustomerDraft draft)
    {
        var keys = new List<string>();
        if (draft.Code is { } code)
        {
            keys.Add("code:" + code);
        }

        if (SkipExisting)
        {
            keys.AddRange(new[] { draft.Email?.Trim() }.Where(e => !string.IsNullOrEmpty(e)).Select(e => "email:" + e));
            keys.AddRange(new[] { draft.ContactNumber, draft.SubNumber }.Select(PhoneNumber.Normalize).Where(p => p is not null).Select(p => "phone:" + p));
        }

        return keys;
    }

    private Customer? FindExisting(CustomerDraft draft)
    {
        if (existing is null)
        {
            existing = new CustomerIndex();
            try
            {
                foreach (var customer in Stream(Shop.Customers.List(new CustomerQuery(), new PageRequest(), CancellationToken), "Reading existing KiotViet customers (-SkipExisting)"))
                {
                    existing.Add(customer);
                }
            }
            catch (KiotVietApiException ex)
            {
                // Without the whole index no row can be judged: the run cannot go on.
                StopRun(() => ErrorRecords.FromApi(ex, null, "-SkipExisting could not read the existing customers."));
            }
        }

        return existing.Find(draft.Email, draft.ContactNumber);
    }
}
