using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Commands.Infrastructure;
using KiotViet.Writes;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Creates an order (retail: POST /orders; F&amp;B: POST /orders/create, then reads the order back by its uuid).</para>
/// </summary>
[Cmdlet(VerbsCommon.New, "KvOrder", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Order))]
public sealed class NewKvOrderCommand : KvSaleCreateCmdlet<OrderDraft, Order>
{
    private List<Surcharge>? surcharges;

    /// <summary>
    /// Surcharges (thu khác) the order carries: codes or ids, surcharges from Get-KvSurcharge, or hashtables with Code
    /// (or Id) and Price. Without a price, a surcharge adds its amount, or its percentage of the lines' total.
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public object[]? Surcharge { get; set; }

    /// <summary>KiotViet makes the order's invoice at once (makeInvoice).</summary>
    [Parameter]
    public SwitchParameter MakeInvoice { get; set; }

    private protected override string Noun => "order";

    private protected override OrderDraft Draft(long? customerId, List<OrderLine> lines, decimal? discount)
    {
        var draft = new OrderDraft
        {
            BranchId = BranchId,
            CustomerId = customerId,
            Description = Description,
            Discount = discount,
            OrderDetails = lines,
            Surcharges = Surcharge is null ? null : SurchargeInput.Read(Surcharge, ReadOncePerRun(ref surcharges, () => Await(ct => Shop.Surcharges.ListAllAsync(ct)), "surcharges"), lines),
            Delivery = DeliveryGiven(),
            SaleChannelId = SaleChannelGiven(),
            PurchaseDate = PurchaseDateGiven(),
            MakeInvoice = MakeInvoice ? true : null,
        };
        return DocumentedFields.OrderCreateRefusal(draft, Shop.Edition) is { } refusal ? throw new ArgumentException(refusal) : draft;
    }

    private protected override string Details(OrderDraft draft) =>
        (draft.Surcharges is { Count: > 0 } added ? $", surcharges {string.Join("; ", added)}" : "")
        + ExtrasDetails(draft.Delivery, draft.SaleChannelId, draft.PurchaseDate)
        + (draft.MakeInvoice == true ? ", with its invoice" : "");

    private protected override Task<Order> CreateAsync(OrderDraft draft, CancellationToken cancellationToken) => Shop.Orders.CreateAsync(draft, cancellationToken);
}
