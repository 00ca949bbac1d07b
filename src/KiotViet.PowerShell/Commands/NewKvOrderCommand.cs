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
public sealed class NewKvOrderCommand : KvConnectedCmdlet
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
            WriteError(ErrorRecords.InvalidInput("KiotVietInvalidOrder", ex.Message, Line));
            return;
        }

        var target = $"{draft.OrderDetails.Count} line(s) for branch {BranchId}" + (draft.CustomerId is { } customer ? $", customer {customer}" : "");
        if (!ShouldProcess(target, "Create KiotViet order"))
        {
            return;
        }

        try
        {
            WriteObject(Await(ct => Shop.Orders.CreateAsync(draft, ct)));
        }
        catch (KiotVietApiException ex)
        {
            var advice = ex.Kind is KiotVietErrorKind.Timeout or KiotVietErrorKind.Transport or KiotVietErrorKind.ServerError
                ? "The create was not repeated, because KiotViet may have saved the order already: check with Get-KvOrder before sending it again."
                : null;
            WriteApiError(ex, Customer ?? (object)target, advice);
        }
    }
}
