using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Commands.Infrastructure;

namespace KiotViet.Commands;

/// <summary>
/// <para type="synopsis">Cancels KiotViet orders (DELETE /orders/{id}: KiotViet keeps the order, "Đã hủy").</para>
/// </summary>
[Cmdlet(VerbsCommon.Remove, "KvOrder", DefaultParameterSetName = IdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(Order))]
public sealed class RemoveKvOrderCommand : KvCancelCmdlet<Order>
{
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("OrderId")]
    [ValidatePositiveId]
    [IdListTransformation]
    public override long[]? Id { get; set; }

    /// <summary>The order code(s), e.g. DH000123; each is read first to find its id.</summary>
    [Parameter(Mandatory = true, ParameterSetName = CodeSet, ValueFromPipelineByPropertyName = true)]
    [Alias("OrderCode")]
    [ValidateGiven]
    [ValidateShopText(TextLimits.Code)]
    [AllowEmptyString]
    public override string[]? Code { get; set; }

    private protected override string Noun => "order";

    private protected override string Activity => "Cancelling KiotViet orders";

    private protected override Task<Order> ReadByCodeAsync(string code, CancellationToken cancellationToken) => Shop.Orders.GetByCodeAsync(code, cancellationToken);

    private protected override Task<Order> ReadAsync(long id, CancellationToken cancellationToken) => Shop.Orders.GetAsync(id, cancellationToken);

    // KiotViet's wording is what the cancel's own check reads; the number is attested too.
    private protected override bool StandsCancelled(Order document) =>
        document.Status == (int)OrderStatus.Cancelled || string.Equals(document.StatusValue, "Đã hủy", System.StringComparison.OrdinalIgnoreCase);

    private protected override Task<Order> CancelAsync(long id, bool voidPayment, CancellationToken cancellationToken) => Shop.Orders.CancelAsync(id, voidPayment, cancellationToken);

    private protected override (string? Code, decimal Total, string? Customer) PromptFacts(Order document) => (document.Code, document.Total, document.CustomerName);
}
