using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Cancels KiotViet orders (DELETE /orders/{id}: KiotViet keeps the order, "Đã hủy").</para>
/// </summary>
[Cmdlet(VerbsCommon.Remove, "KvOrder", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(Order))]
public sealed class RemoveKvOrderCommand : KvCancelCmdlet<Order>
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("OrderId")]
    [ValidateRange(1, long.MaxValue)]
    public override long[]? Id { get; set; }

    private protected override string Noun => "order";

    private protected override string Activity => "Cancelling KiotViet orders";

    private protected override Task<Order> ReadAsync(long id, CancellationToken cancellationToken) => Shop.Orders.GetAsync(id, cancellationToken);

    private protected override Task<Order> CancelAsync(long id, bool voidPayment, CancellationToken cancellationToken) => Shop.Orders.CancelAsync(id, voidPayment, cancellationToken);

    private protected override (string? Code, decimal Total, string? Customer) PromptFacts(Order document) => (document.Code, document.Total, document.CustomerName);
}
