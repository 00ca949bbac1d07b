using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Http;
using KiotViet.Json;
using KiotViet.Paging;
using KiotViet.Writes;

namespace KiotViet.Resources;

/// <summary>
/// The bulk product writes (API reference, Products 2.4): <c>POST /listaddproducts</c> and <c>PUT /listupdatedproducts</c>,
/// body <c>{listProducts:[…]}</c> (each row shaped as the single write's body; an update row adds its <c>id</c>),
/// carrying only the fields both bulk operations document: no barcode (see <see cref="CanCarry"/>).
/// Each row's outcome is read back as <see cref="BatchWriteClient{TRecord}"/> describes: a create matched by its code,
/// else by name and the fields that identify it, as a single create's lookup does; an update by its id and every
/// field it set.
/// </summary>
public sealed class ProductBatchClient : BatchWriteClient<Product>
{
    private readonly ProductClient singles;

    internal ProductBatchClient(ApiTransport transport, int readAhead, ProductClient singles)
        : base(transport, readAhead) => this.singles = singles;

    /// <summary>
    /// True when a batch can carry the draft: the bulk operations (2.4.7, 2.4.8) document every product field the
    /// single writes do except barCode, so a row that sets a barcode is written alone (POST /products and
    /// PUT /products/{id} document it).
    /// </summary>
    /// <para>
    /// Nor isActive and isRewardPoint (only PUT /products/{id} documents them), and the taxes go alone too: a batch's
    /// outcome is read back from the products, and a product read may not show its taxes.
    /// </para>
    public static bool CanCarry(ProductDraft draft) =>
        draft.Barcode is null && draft.IsActive is null && draft.IsRewardPoint is null && draft.TaxIds is null && draft.PurchaseTaxId is null;

    /// <summary>Creates up to <see cref="BatchWriteClient{TRecord}.MaxRows"/> products; one outcome per draft, in their order.</summary>
    public Task<IReadOnlyList<BatchRowOutcome<Product>>> CreateAsync(IReadOnlyList<ProductDraft> drafts, CancellationToken cancellationToken)
    {
        CheckCount(drafts.Count, nameof(drafts));
        CheckCarried(drafts);
        foreach (var draft in drafts)
        {
            DocumentedFields.CheckProductCreate(draft);
        }
        if (drafts.Any(d => string.IsNullOrWhiteSpace(d.Name)))
        {
            throw new ArgumentException("Every product needs a name.", nameof(drafts));
        }

        var body = new { listProducts = drafts };
        return WriteAsync(
            $"the batch create of {drafts.Count} products",
            drafts,
            ct => Transport.SendAsync(ApiRequest.Post("listaddproducts", body), ResponseBody.ReadMessage, ct),
            (since, ct) => FindCreatedAsync(drafts, since, ProductWriteCheck.CreatedRecord, ct),
            (draft, ct) => singles.CreateAsync(draft, ct),
            cancellationToken);
    }

    /// <summary>Updates up to <see cref="BatchWriteClient{TRecord}.MaxRows"/> products (id and changes); one outcome per row, in their order.</summary>
    public Task<IReadOnlyList<BatchRowOutcome<Product>>> UpdateAsync(IReadOnlyList<(long Id, ProductDraft Changes)> rows, CancellationToken cancellationToken)
    {
        CheckCount(rows.Count, nameof(rows));
        CheckCarried(rows.Select(r => r.Changes).ToList());
        foreach (var row in rows)
        {
            DocumentedFields.CheckProductUpdate(row.Changes);
        }
        if (rows.Select(r => r.Id).Distinct().Count() != rows.Count)
        {
            throw new ArgumentException("A product appears once in a batch: its read-back could not tell two changes of it apart.", nameof(rows));
        }

        var body = new JsonObject { ["listProducts"] = new JsonArray(rows.Select(r => (JsonNode?)UpdateRow(r.Id, r.Changes)).ToArray()) };
        return WriteAsync(
            $"the batch update of {rows.Count} products",
            rows,
            ct => SendUpdateAsync(rows.Count, ApiRequest.Put("listupdatedproducts", body), ct),
            (since, ct) => FindUpdatedAsync(rows, since, ProductWriteCheck.Shows, ct),
            (row, ct) => singles.UpdateAsync(row.Id, row.Changes, ct),
            cancellationToken);
    }

    /// <summary>
    /// PUT /listupdatedproducts, sent again up to <see cref="EmptyBatchResends"/> times while KiotViet answers "Danh
    /// sách sản phẩm cập nhật rỗng": it does that to 10–30 % of batches at random and writes nothing (recorded on a
    /// real shop), so the same batch is safe to send again and cheaper than a request per row. Refused every time, the
    /// refusal goes up and the rows are sent alone.
    /// </summary>
    private async Task<string?> SendUpdateAsync(int rowCount, ApiRequest request, CancellationToken cancellationToken)
    {
        for (var resends = 0; ; resends++)
        {
            try
            {
                return await Transport.SendAsync(request, ResponseBody.ReadMessage, cancellationToken).ConfigureAwait(false);
            }
            catch (KiotVietApiException refused) when (resends < EmptyBatchResends && IsEmptyBatchRefusal(refused))
            {
                RequestObservation.Current?.Verbose($"KiotViet answered \"{EmptyBatchMessage}\" to the batch update of {rowCount} products and wrote nothing; sending the batch again ({resends + 1} of {EmptyBatchResends}).");
            }
        }
    }

    /// <summary>How often a batch refused as "cập nhật rỗng" is sent again before its rows go alone (at 30 %, 4 refusals in a row: 0.8 %).</summary>
    internal const int EmptyBatchResends = 3;

    private const string EmptyBatchMessage = "Danh sách sản phẩm cập nhật rỗng";

    private static bool IsEmptyBatchRefusal(KiotVietApiException refused) =>
        refused.Kind == KiotVietErrorKind.Validation && !refused.MayHaveBeenApplied
        && refused.Message.IndexOf("cập nhật rỗng", StringComparison.OrdinalIgnoreCase) >= 0;

    private protected override long IdOf(Product record) => record.Id;

    private protected override IEnumerable<Product> ChangedSince(DateTimeOffset since, CancellationToken cancellationToken) =>
        List(new ProductQuery { ModifiedSince = since.UtcDateTime, OrderBy = "modifiedDate", Descending = true, IncludeInventory = true }, new PageRequest(), cancellationToken);

    private static JsonObject UpdateRow(long id, ProductDraft changes)
    {
        var row = JsonSerializer.SerializeToNode(changes, KiotVietJson.Options)!.AsObject();
        row["id"] = id;
        return row;
    }

    private static void CheckCarried(IReadOnlyList<ProductDraft> drafts)
    {
        if (!drafts.All(CanCarry))
        {
            throw new ArgumentException("A batch carries only the fields the bulk endpoints document (see CanCarry): a row with a barcode, isActive, isRewardPoint or taxes is written alone.", nameof(drafts));
        }
    }
}
