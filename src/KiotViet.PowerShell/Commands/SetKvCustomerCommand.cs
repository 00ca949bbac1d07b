using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using KiotViet.Commands.Infrastructure;
using KiotViet.Matching;
using KiotViet.Writes;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Changes fields of a KiotViet customer; fields not given stay as they are.</para>
/// </summary>
[Cmdlet(VerbsCommon.Set, "KvCustomer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Customer))]
public sealed class SetKvCustomerCommand : CustomerWriteCmdlet
{
    /// <summary>The customer to change; binds from the Id of piped customers.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("CustomerId")]
    [ValidatePositiveId]
    [IdTransformation(Required = true)]
    public long Id { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("CustomerName", "FullName")]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Name)]
    public override string? Name { get; set; }

    /// <summary>Fields to empty on purpose (Groups takes the customer out of every group); an empty CSV cell never clears.</summary>
    [Parameter]
    [ValidateSet(nameof(CustomerDraft.ContactNumber), nameof(CustomerDraft.SubNumber), nameof(CustomerDraft.IdentificationNumber), nameof(CustomerDraft.Address), nameof(CustomerDraft.LocationName), nameof(CustomerDraft.WardName), nameof(CustomerDraft.Email), nameof(CustomerDraft.Comments), nameof(CustomerDraft.TaxCode), "Groups", IgnoreCase = true)]
    public string[]? Clear { get; set; }

    /// <summary>Writes the updated customer to the pipeline.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    // A customer appears once in a batch (its read-back could not tell two changes of it apart): its id is the row's conflict key.
    private BulkWriter<(long Id, CustomerDraft Changes), Customer>? writer;

    private RecordsById<Customer>? records;

    private protected override string Activity => "Updating KiotViet customers";

    private void WriteIfPassThru(Customer updated)
    {
        if (PassThru)
        {
            WriteObject(updated);
        }
    }

    private protected override string WrittenAs => "updated";

    private protected override string ResumeAdvice => "Run the same command again: an update already applied is applied again harmlessly.";

    protected override void Process()
    {
        var changes = BuildDraft(out var problems);
        if (Clear is not null && problems is null)
        {
            problems = ClearFields(changes);
        }

        if (changes.IsEmpty)
        {
            RefusedBeforeSending(ErrorRecords.InvalidInput("KiotVietNoCustomerChanges", $"Nothing to change for customer {Id}: give at least one field, e.g. -Email, or -Clear the fields to empty.", ErrorTarget));
            return;
        }

        if (problems is not null)
        {
            RefusedBeforeSending(ErrorRecords.InvalidInput("KiotVietInvalidCustomer", $"Customer {Id} was not updated: {problems}", ErrorTarget));
            return;
        }

        if (Record() is not { } record)
        {
            return;
        }

        changes = UpdateDifference.Of(changes, record, ShopGroups);
        if (DocumentedFields.CustomerUpdateRefusal(changes) is { } undocumented)
        {
            RefusedBeforeSending(ErrorRecords.InvalidInput("KiotVietFieldNotWritable", $"Customer {record.Code} (id {Id}) was not updated: {undocumented}", ErrorTarget));
            return;
        }

        if (changes.IsEmpty)
        {
            UnchangedInTurn($"Customer {record.Code} (id {Id}) already holds every value given: not sent.", () => WriteIfPassThru(record));
            return;
        }

        var fields = string.Join(", ", typeof(CustomerDraft).GetProperties().Where(p => p.Name != nameof(CustomerDraft.IsEmpty) && p.GetValue(changes) is not null).Select(p => p.Name));
        if (!ShouldProcess(DescribeRecord("customer", Id, record, ct => Shop.Customers.GetAsync(Id, ct), c => $"{c.Code} {c.Name}"), $"Update {fields}"))
        {
            return;
        }

        records?.Written(Id);

        SubmitRow(writer ??= BulkWriters.CustomerUpdates(Shop, BatchSize), (Id, changes), ErrorTarget, WriteIfPassThru);
    }

    /// <summary>Sets each field of -Clear to empty (groups to none); null when done, else why the row is refused.</summary>
    private string? ClearFields(CustomerDraft changes) =>
        ClearedFields.Apply(changes, Clear!, field =>
        {
            if (!string.Equals(field, "Groups", System.StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            if (changes.GroupIds is not null)
            {
                return false;
            }

            changes.GroupIds = new List<long>();
            return true;
        });

    /// <summary>
    /// The customer as KiotViet holds it, to send only what differs: the piped customer itself, else read (once per
    /// run, at the fewest GETs). Null when it could not be read: the row's failure is reported.
    /// </summary>
    private Customer? Record()
    {
        if (InputObject?.BaseObject is Customer piped && piped.Id == Id)
        {
            return piped;
        }

        records ??= UpdateRecords.Customers(Shop.Customers, Shop.Reads);
        try
        {
            var code = Code;
            return Await(ct => records.FindAsync(Id, code, ct));
        }
        catch (KiotVietApiException ex)
        {
            FailedInTurn(ex, ErrorTarget, $"Customer {Id} could not be read to compare the row with it.");
            return null;
        }
    }
}
