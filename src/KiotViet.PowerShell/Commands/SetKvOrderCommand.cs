using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Changes a KiotViet order (PUT /orders/{id}): its customer, description, discount or lines.</para>
/// </summary>
[Cmdlet(VerbsCommon.Set, "KvOrder", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Order))]
public sealed class SetKvOrderCommand : KvWriteCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("OrderId")]
    [ValidateRange(1, long.MaxValue)]
    public long Id { get; set; }

    /// <summary>The pipeline input as it came (an order, a CSV row), kept as the target of any error.</summary>
    [Parameter(ValueFromPipeline = true, DontShow = true)]
    public PSObject? InputObject { get; set; }

    [Parameter]
    [ValidateRange(1, long.MaxValue)]
    public long CustomerId { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [EmptyAsNullTransformation]
    public string? Description { get; set; }

    /// <summary>Discount on the whole order.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateRange(0, double.MaxValue)]
    public decimal? Discount { get; set; }

    /// <summary>The order's new lines (they replace all its lines): as New-KvOrder's -Line.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public object[]? Line { get; set; }

    [Parameter]
    public SwitchParameter PassThru { get; set; }

    private protected override string Activity => "Updating KiotViet orders";

    private protected override string WrittenAs => "updated";

    private protected override string ResumeAdvice => "Run the same command again: an update already applied is applied again harmlessly.";

    private object Target => InputObject is { } input && input.BaseObject is not long ? input : Id;

    protected override void Process()
    {
        OrderChanges changes;
        try
        {
            changes = new OrderChanges
            {
                CustomerId = CustomerId > 0 ? CustomerId : null,
                Description = Description,
                Discount = Discount,
                OrderDetails = Line?.Select((line, index) => OrderLineInput.Read(line, index + 1)).ToList(),
            };
        }
        catch (System.ArgumentException ex)
        {
            RefusedBeforeSending(ErrorRecords.InvalidInput("KiotVietInvalidOrder", $"Order {Id} was not updated: {ex.Message}", Target));
            return;
        }

        var fields = Fields(changes);
        if (fields.Count == 0)
        {
            RefusedBeforeSending(ErrorRecords.InvalidInput("KiotVietNoOrderChanges", $"Nothing to change for order {Id}: give at least one of -Description, -Discount, -CustomerId, -Line.", Target));
            return;
        }

        if (!ShouldProcess(DescribeRecord("order", Id, InputObject, ct => Shop.Orders.GetAsync(Id, ct), o => $"{o.Code} {o.CustomerName}"), $"Update {string.Join(", ", fields)}"))
        {
            return;
        }

        if (TryWrite(Target, ct => Shop.Orders.UpdateAsync(Id, changes, ct), out var updated) && PassThru)
        {
            WriteObject(updated);
        }
    }

    private static List<string> Fields(OrderChanges changes) =>
        new (string Name, bool Set)[]
        {
            ("CustomerId", changes.CustomerId is not null),
            ("Description", changes.Description is not null),
            ("Discount", changes.Discount is not null),
            ("Lines", changes.OrderDetails is not null),
        }.Where(f => f.Set).Select(f => f.Name).ToList();
}
