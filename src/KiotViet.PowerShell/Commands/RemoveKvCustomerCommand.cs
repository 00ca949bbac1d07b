using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Deletes KiotViet customers.</para>
/// </summary>
[Cmdlet(VerbsCommon.Remove, "KvCustomer", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveKvCustomerCommand : KvWriteCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("CustomerId")]
    [ValidateRange(1, long.MaxValue)]
    public long[]? Id { get; set; }

    /// <summary>The pipeline input as it came (a customer, a CSV row), kept as the target of any error.</summary>
    [Parameter(ValueFromPipeline = true, DontShow = true)]
    public PSObject? InputObject { get; set; }

    private protected override string Activity => "Deleting KiotViet customers";

    private protected override string WrittenAs => "deleted";

    private protected override string ResumeAdvice => "Run the same command again: customers already deleted are reported as not found.";

    protected override void Process()
    {
        foreach (var id in Id!)
        {
            var target = Id!.Length == 1 && InputObject is not null && InputObject.BaseObject is not long ? InputObject : (object)id;
            var description = DescribeRecord("customer", id, Id.Length == 1 ? InputObject : null, ct => Shop.Customers.GetAsync(id, ct), c => $"{c.Code} {c.Name}");
            if (!ShouldProcess(description, "Delete KiotViet customer"))
            {
                continue;
            }

            if (TryWrite(target, ct => Shop.Customers.DeleteAsync(id, ct), out var message))
            {
                WriteVerbose($"Customer {id}: {message ?? "deleted"}");
            }
        }
    }
}
