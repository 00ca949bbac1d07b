using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Creates an order (retail: POST /orders; F&amp;B: POST /orders/create, then reads the order back by its uuid).</para>
/// </summary>
[Cmdlet(VerbsCommon.New, "KvOrder", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Order))]
public sealed class NewKvOrderCommand : KvSaleCreateCmdlet<OrderDraft, Order>
{
    private protected override string Noun => "order";

    private protected override OrderDraft Draft(long? customerId, List<OrderLine> lines, decimal? discount) => new()
    {
        BranchId = BranchId,
        CustomerId = customerId,
        Description = Description,
        Discount = discount,
        OrderDetails = lines,
    };

    private protected override Task<Order> CreateAsync(OrderDraft draft, CancellationToken cancellationToken) => Shop.Orders.CreateAsync(draft, cancellationToken);
}
