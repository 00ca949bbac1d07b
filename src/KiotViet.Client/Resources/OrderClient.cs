using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Http;
using KiotViet.Json;
using KiotViet.Paging;
using KiotViet.Writes;

namespace KiotViet.Resources;

/// <summary>Orders (đặt hàng), retail and F&amp;B.</summary>
public sealed class OrderClient : ResourceClient
{
    private const string Collection = "orders";

    private readonly KiotVietEdition edition;

    internal OrderClient(ApiTransport transport, KiotVietEdition edition, int readAhead)
        : base(transport, readAhead) => this.edition = edition;

    public Task<Order> GetAsync(long id, CancellationToken cancellationToken) =>
        GetByIdAsync<Order>(Collection, id, cancellationToken);

    public Task<Order> GetByCodeAsync(string code, CancellationToken cancellationToken) =>
        GetByCodeAsync<Order>(Collection, code, cancellationToken);

    public Task<Order> GetByUuidAsync(string uuid, CancellationToken cancellationToken) =>
        GetObjectAsync<Order>($"orders/uuid/{Uri.EscapeDataString(uuid)}", cancellationToken);

    /// <summary>
    /// Creates an order, exactly once. Retail: POST /orders answers with the order. F&amp;B: POST /orders/create answers
    /// with a uuid, and the order is then read back from /orders/uuid/{uuid}. When the answer is lost, the order is
    /// looked up among the branch's (and customer's) orders changed since the create began, by its lines.
    /// </summary>
    public async Task<Order> CreateAsync(OrderDraft draft, CancellationToken cancellationToken)
    {
        if (draft.OrderDetails.Count == 0)
        {
            throw new ArgumentException("An order needs at least one line.", nameof(draft));
        }

        DocumentedFields.CheckOrderCreate(draft, edition);
        var write = new WriteOperation<Order>(
            $"the create of an order of {draft.OrderDetails.Count} line(s) for branch {draft.BranchId}",
            ct => SendCreateAsync(draft, ct),
            (context, ct) => FindCreatedAsync(draft, context, ct),
            o => o.Id);
        return await Writes.RunAsync(write, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Updates an order (PUT /orders/{id}); when the answer is lost, the order is read back and compared before resending.
    /// A line note is refused before sending: the update documents none (<see cref="DocumentedFields"/>).
    /// </summary>
    public Task<Order> UpdateAsync(long id, OrderChanges changes, CancellationToken cancellationToken)
    {
        DocumentedFields.CheckOrderUpdate(changes);
        return UpdateRecordAsync<Order, OrderChanges>("order", Collection, id, changes, OrderWriteCheck.ShowsUpdate, cancellationToken);
    }

    /// <summary>
    /// Cancels an order (DELETE /orders/{id}?IsVoidPayment=), voiding its payments when asked, and returns it as
    /// cancelled (read back when KiotViet answers with a message only). When the answer is lost, the order is read
    /// again: cancelled ("Đã hủy") means done.
    /// </summary>
    public Task<Order> CancelAsync(long id, bool voidPayment, CancellationToken cancellationToken) =>
        Writes.RunAsync(
            new WriteOperation<Order>(
                $"the cancel of order {id}",
                async ct =>
                {
                    var answer = await Transport.SendAsync(ApiRequest.Delete($"{ItemPath(Collection, id)}?IsVoidPayment={(voidPayment ? "true" : "false")}"), ReadOrderIfAny, ct).ConfigureAwait(false);
                    return answer ?? await GetAsync(id, ct).ConfigureAwait(false);
                },
                async (_, ct) =>
                {
                    var current = await GetAsync(id, ct).ConfigureAwait(false);
                    return Reconciliation<Order>.AppliedIf(OrderWriteCheck.IsCancelled(current), current);
                }),
            cancellationToken);

    /// <summary>The order in the answer, or null when the answer is only a message.</summary>
    private static Order? ReadOrderIfAny(byte[] body)
    {
        if (body.Length == 0)
        {
            return null;
        }

        var order = ResponseBody.ReadObject<Order>(body);
        return order.Id == 0 ? null : order;
    }

    private async Task<Order> SendCreateAsync(OrderDraft draft, CancellationToken cancellationToken)
    {
        if (edition == KiotVietEdition.Retail)
        {
            return await Transport.SendAsync(ApiRequest.Post(Collection, RetailOrderBody.From(draft)), ResponseBody.ReadObject<Order>, cancellationToken).ConfigureAwait(false);
        }

        // F&B answers with the uuid only; the order is read by it once the write's outcome is known.
        var uuid = await Transport.SendAsync(ApiRequest.Post("orders/create", draft), ReadUuid, cancellationToken).ConfigureAwait(false);
        var order = await GetByUuidAsync(uuid, cancellationToken).ConfigureAwait(false);
        order.Uuid ??= uuid;
        return order;
    }

    private async Task<Reconciliation<Order>> FindCreatedAsync(OrderDraft draft, WriteContext context, CancellationToken cancellationToken)
    {
        var query = new OrderQuery
        {
            BranchIds = new[] { draft.BranchId },
            CustomerIds = draft.CustomerId is { } customer ? new[] { customer } : null,
            ModifiedSince = context.CreatedSince.UtcDateTime,
        };
        return await FindCreatedAmongChangesAsync(query, context, o => o.CreatedDate, o => OrderWriteCheck.IsCreatedFrom(draft, o), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The uuid as a bare JSON string, or inside <c>{uuid}</c> / <c>{data}</c>.</summary>
    private static string ReadUuid(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.String)
        {
            return root.GetString()!;
        }

        foreach (var name in new[] { "uuid", "data" })
        {
            if (root.TryGetPropertyIgnoreCase(name, out var value) && value.ValueKind == JsonValueKind.String)
            {
                return value.GetString()!;
            }
        }

        throw new JsonException("The F&B order create response holds no uuid.");
    }
}

/// <summary>
/// The retail POST /orders body: the customer as <c>customer: {id}</c> (API reference 2.5.3); the F&amp;B create
/// documents <c>customerId</c>, which the draft itself serializes to.
/// </summary>
internal sealed class RetailOrderBody
{
    public long BranchId { get; set; }

    public CustomerReference? Customer { get; set; }

    public string? Description { get; set; }

    public decimal? Discount { get; set; }

    public List<OrderLineBody>? OrderDetails { get; set; }

    [JsonPropertyName("surchages")]
    public List<OrderSurcharge>? Surcharges { get; set; }

    public DateTimeOffset? PurchaseDate { get; set; }

    public long? SaleChannelId { get; set; }

    public bool? MakeInvoice { get; set; }

    public DeliveryDraft? OrderDelivery { get; set; }

    public static RetailOrderBody From(OrderDraft draft) => new()
    {
        BranchId = draft.BranchId,
        Customer = CustomerReference.To(draft.CustomerId),
        Description = draft.Description,
        Discount = draft.Discount,
        OrderDetails = SaleLineBody.Order(draft.OrderDetails),
        Surcharges = draft.Surcharges,
        PurchaseDate = draft.PurchaseDate,
        SaleChannelId = draft.SaleChannelId,
        MakeInvoice = draft.MakeInvoice,
        OrderDelivery = draft.Delivery,
    };
}
