using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Http;
using KiotViet.Json;
using KiotViet.Paging;

namespace KiotViet.Resources;

/// <summary>Orders (đặt hàng), retail and F&amp;B.</summary>
public sealed class OrderClient : ResourceClient
{
    private readonly KiotVietEdition edition;

    internal OrderClient(ApiTransport transport, KiotVietEdition edition, int readAhead)
        : base(transport, readAhead) => this.edition = edition;

    public PagedListing<Order> List(OrderQuery query, PageRequest paging, CancellationToken cancellationToken) =>
        List<Order>(query, paging, cancellationToken);

    public Task<Order> GetAsync(long id, CancellationToken cancellationToken) =>
        GetByIdAsync<Order>("orders", id, cancellationToken);

    public Task<Order> GetByCodeAsync(string code, CancellationToken cancellationToken) =>
        GetByCodeAsync<Order>("orders", code, cancellationToken);

    public Task<Order> GetByUuidAsync(string uuid, CancellationToken cancellationToken) =>
        GetObjectAsync<Order>($"orders/uuid/{Uri.EscapeDataString(uuid)}", cancellationToken);

    /// <summary>
    /// Creates an order. Retail: POST /orders answers with the order. F&amp;B: POST /orders/create answers with a uuid,
    /// and the order is then read back from /orders/uuid/{uuid}. Never sent twice once it may have reached KiotViet.
    /// </summary>
    public async Task<Order> CreateAsync(OrderDraft draft, CancellationToken cancellationToken)
    {
        if (draft.OrderDetails.Count == 0)
        {
            throw new ArgumentException("An order needs at least one line.", nameof(draft));
        }

        if (edition == KiotVietEdition.Retail)
        {
            return await Transport.SendAsync(ApiRequest.Post("orders", draft), ResponseBody.ReadObject<Order>, cancellationToken).ConfigureAwait(false);
        }

        var uuid = await Transport.SendAsync(ApiRequest.Post("orders/create", draft), ReadUuid, cancellationToken).ConfigureAwait(false);
        var order = await GetByUuidAsync(uuid, cancellationToken).ConfigureAwait(false);
        order.Uuid ??= uuid;
        return order;
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
