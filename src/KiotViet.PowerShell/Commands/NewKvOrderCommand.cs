using System;
using System.Linq;
using System.Management.Automation;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Creates an order (retail: POST /orders; F&amp;B: POST /orders/create, then reads the order back by its uuid).</para>
/// </summary>
[Cmdlet(VerbsCommon.New, "KvOrder", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Order))]
public sealed class NewKvOrderCommand : KvWriteCmdlet
{
    [Parameter(Mandatory = true)]
    [ValidateRange(1, long.MaxValue)]
    [ArgumentCompleter(typeof(BranchCompleter))]
    public long BranchId { get; set; }

    /// <summary>The ordering customer; a customer piped from Get-KvCustomer binds here.</summary>
    [Parameter(ValueFromPipeline = true)]
    public Customer? Customer { get; set; }

    [Parameter]
    [ValidateRange(1, long.MaxValue)]
    public long CustomerId { get; set; }

    /// <summary>Hashtables or objects with ProductId or ProductCode, Quantity and Price (optional Discount, Note).</summary>
    [Parameter(Mandatory = true)]
    [ValidateNotNullOrEmpty]
    public object[]? Line { get; set; }

    [Parameter]
    [ValidateShopText(TextLimits.Note, AllowLineBreaks = true)]
    public string? Description { get; set; }

    /// <summary>Discount on the whole order.</summary>
    [Parameter]
    [ValidateRange(0, double.MaxValue)]
    public decimal Discount { get; set; }

    private protected override string Activity => "Creating KiotViet orders";

    private protected override string WrittenAs => "created";

    protected override void Process()
    {
        OrderDraft draft;
        try
        {
            draft = new OrderDraft
            {
                BranchId = BranchId,
                CustomerId = Customer?.Id ?? (CustomerId > 0 ? CustomerId : null),
                Description = Description,
                Discount = MyInvocation.BoundParameters.ContainsKey(nameof(Discount)) ? Discount : null,
                OrderDetails = Line!.Select((line, index) => OrderLineInput.Read(line, index + 1)).ToList(),
            };
        }
        catch (ArgumentException ex)
        {
            RefusedBeforeSending(ErrorRecords.InvalidInput("KiotVietInvalidOrder", ex.Message, Line));
            return;
        }

        var customerName = Customer is { } c ? $", customer {c.Code} {c.Name}" : draft.CustomerId is { } customer ? $", customer {customer}" : "";
        var target = $"{draft.OrderDetails.Count} line(s) ({string.Join("; ", draft.OrderDetails)}) for branch {BranchId}{customerName}";
        if (!ShouldProcess(target, "Create KiotViet order"))
        {
            return;
        }

        if (TryWrite(Customer ?? (object)target, ct => Shop.Orders.CreateAsync(draft, ct), out var order, "KiotViet may have saved the order: check with Get-KvOrder before sending it again."))
        {
            WriteObject(order);
        }
    }
}
