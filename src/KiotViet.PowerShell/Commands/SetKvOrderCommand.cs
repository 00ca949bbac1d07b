using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Commands.Infrastructure;
using KiotViet.Writes;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Changes a KiotViet order (PUT /orders/{id}): its customer, description, discount or lines.</para>
/// </summary>
[Cmdlet(VerbsCommon.Set, "KvOrder", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Order))]
public sealed class SetKvOrderCommand : KvSaleUpdateCmdlet<OrderChanges, Order>
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("OrderId")]
    [ValidatePositiveId]
    [IdTransformation(Required = true)]
    public override long Id { get; set; }

    private protected override string Noun => "order";

    // PUT /orders/{id} documents no delivery status and no COD (API reference 2.5.4): only the invoice's update does.
    private protected override IReadOnlyCollection<string> UndocumentedColumns { get; } = new[] { "DeliveryStatus", "CodAmount", "Cod", "MakeInvoice" };

    private protected override OrderChanges Changes(long? customerId, List<OrderLine>? lines)
    {
        RefuseUndocumentedColumns("order update (PUT /orders/{id})", "A delivery status and COD belong to the order's invoice (Set-KvInvoice).");
        var changes = new OrderChanges
        {
            CustomerId = customerId,
            Description = Description,
            Discount = Discount,
            OrderDetails = lines,
            Delivery = DeliveryGiven(),
            SaleChannelId = SaleChannelGiven(),
            PurchaseDate = PurchaseDateGiven(),
        };
        return DocumentedFields.OrderUpdateRefusal(changes) is { } refusal ? throw new ArgumentException(refusal) : changes;
    }

    private protected override Task<Order> ReadAsync(long id, CancellationToken cancellationToken) => Shop.Orders.GetAsync(id, cancellationToken);

    private protected override string NameOf(Order document) => $"{document.Code} {document.CustomerName}";

    private protected override Task<Order> UpdateAsync(long id, OrderChanges changes, CancellationToken cancellationToken) => Shop.Orders.UpdateAsync(id, changes, cancellationToken);
}
