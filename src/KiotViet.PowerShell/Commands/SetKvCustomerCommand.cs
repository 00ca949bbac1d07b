using System.Linq;
using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

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
    [ValidateRange(1, long.MaxValue)]
    public long Id { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("CustomerName", "FullName")]
    [EmptyAsNullTransformation]
    [ValidateShopText(TextLimits.Name)]
    public override string? Name { get; set; }

    /// <summary>Writes the updated customer to the pipeline.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void Process()
    {
        var changes = BuildDraft();
        if (changes.IsEmpty)
        {
            WriteError(ErrorRecords.InvalidInput("KiotVietNoCustomerChanges", $"Nothing to change for customer {Id}: give at least one field, e.g. -Email.", ErrorTarget));
            return;
        }

        if (Problems(changes) is { } problems)
        {
            WriteError(ErrorRecords.InvalidInput("KiotVietInvalidCustomer", $"Customer {Id} was not updated: {problems}", ErrorTarget));
            return;
        }

        var fields = string.Join(", ", typeof(CustomerDraft).GetProperties().Where(p => p.Name != nameof(CustomerDraft.IsEmpty) && p.GetValue(changes) is not null).Select(p => p.Name));
        if (!ShouldProcess($"customer {Id}", $"Update {fields}"))
        {
            return;
        }

        try
        {
            var updated = Await(ct => Shop.Customers.UpdateAsync(Id, changes, ct));
            if (PassThru)
            {
                WriteObject(updated);
            }
        }
        catch (KiotVietApiException ex)
        {
            WriteApiError(ex, ErrorTarget);
        }
    }
}
