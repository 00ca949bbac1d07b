using System.Collections.Generic;
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

    private readonly PendingRows<(long Id, CustomerDraft Changes)> pending = new();

    // A customer appears once in a batch: its read-back could not tell two changes of it apart.
    private readonly HashSet<long> waitingIds = new();

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
        if (changes.IsEmpty)
        {
            RefusedInTurn(ErrorRecords.InvalidInput("KiotVietNoCustomerChanges", $"Nothing to change for customer {Id}: give at least one field, e.g. -Email.", ErrorTarget));
            return;
        }

        if (problems is not null)
        {
            RefusedInTurn(ErrorRecords.InvalidInput("KiotVietInvalidCustomer", $"Customer {Id} was not updated: {problems}", ErrorTarget));
            return;
        }

        var fields = string.Join(", ", typeof(CustomerDraft).GetProperties().Where(p => p.Name != nameof(CustomerDraft.IsEmpty) && p.GetValue(changes) is not null).Select(p => p.Name));
        if (!ShouldProcess(DescribeRecord("customer", Id, InputObject, ct => Shop.Customers.GetAsync(Id, ct), c => $"{c.Code} {c.Name}"), $"Update {fields}"))
        {
            return;
        }

        if (!Batches(changes))
        {
            SendWaiting();
            var id = Id;
            Submit(ErrorTarget, ct => Shop.Customers.UpdateAsync(id, changes, ct), WriteIfPassThru, conflictKeys: new[] { $"id:{id}" });
            return;
        }

        if (waitingIds.Contains(Id))
        {
            SendWaiting();
        }

        pending.Add((Id, changes), ErrorTarget, null);
        waitingIds.Add(Id);
        if (pending.Count >= BatchSize)
        {
            SendWaiting();
        }
    }

    private protected override void SendWaiting()
    {
        SendPending(pending, (rows, ct) => Shop.CustomerBatches.UpdateAsync(rows, ct), (row, ct) => Shop.Customers.UpdateAsync(row.Id, row.Changes, ct), WriteIfPassThru);
        waitingIds.Clear();
    }
}
