using System;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Http;
using KiotViet.Json;
using KiotViet.Paging;
using KiotViet.Writes;

namespace KiotViet.Resources;

/// <summary>Purchase writes (nhập hàng): create, update, cancel; each exactly once (docs/design.md §7).</summary>
public sealed class PurchaseOrderClient : ResourceClient
{
    private const string Collection = "purchaseorders";

    internal PurchaseOrderClient(ApiTransport transport, int readAhead)
        : base(transport, readAhead)
    {
    }

    /// <summary>KiotViet's time now, as the purchase date of a create that names none.</summary>
    public DateTimeOffset ServerNow => Transport.ServerClock.Now;

    /// <summary>GET /purchaseorders/{id}.</summary>
    public Task<PurchaseOrder> GetAsync(long id, CancellationToken cancellationToken) => GetByIdAsync<PurchaseOrder>(Collection, id, cancellationToken);

    /// <summary>
    /// Creates a purchase (POST /purchaseorders), exactly once. A create's body names no code, so when the answer is
    /// lost the purchase is looked up by the documented list filters (its branch, its purchase date's day) and
    /// recognised by the purchase date the create sent, to the second, its supplier and its lines. An empty answer
    /// of that listing means it was not applied.
    /// </summary>
    public Task<PurchaseOrder> CreateAsync(PurchaseOrderDraft draft, CancellationToken cancellationToken)
    {
        if (draft.PurchaseOrderDetails.Count == 0)
        {
            throw new ArgumentException("A purchase needs at least one line.", nameof(draft));
        }

        return Writes.RunAsync(
            new WriteOperation<PurchaseOrder>(
                $"the create of a purchase of {draft.PurchaseOrderDetails.Count} line(s) for branch {draft.BranchId}",
                ct => Transport.SendAsync(ApiRequest.Post(Collection, draft), ResponseBody.ReadObject<PurchaseOrder>, ct),
                (context, ct) => FindCreatedAsync(draft, context, ct),
                p => p.Id),
            cancellationToken);
    }

    /// <summary>
    /// Updates a purchase (PUT /purchaseorders/{id}). The doc shows a whole purchase as the body and does not say a
    /// field left out is kept, so <paramref name="changes"/> is laid over the purchase as read (<paramref name="current"/>)
    /// and the whole is sent. When the answer is lost, the purchase is read back and compared before resending.
    /// </summary>
    public Task<PurchaseOrder> UpdateAsync(PurchaseOrder current, PurchaseOrderChanges changes, CancellationToken cancellationToken)
    {
        var body = new PurchaseOrderChanges
        {
            PurchaseDate = changes.PurchaseDate ?? current.PurchaseDate,
            BranchId = changes.BranchId ?? current.BranchId,
            Supplier = changes.Supplier ?? (current.SupplierCode is null ? null : new PurchaseOrderSupplier { Code = current.SupplierCode, Name = current.SupplierName }),
            Description = changes.Description ?? current.Description,
            IsDraft = changes.IsDraft ?? (current.Status == 1 ? 1 : 0),
            Discount = changes.Discount ?? current.Discount,
            PurchaseOrderDetails = changes.PurchaseOrderDetails ?? current.Lines.Select(l => new PurchaseOrderLine
            {
                ProductCode = l.ProductCode ?? "",
                Quantity = l.Quantity,
                Price = l.Price ?? 0,
                Discount = l.Discount,
                Description = l.Note,
            }).ToList(),
        };
        return UpdateRecordAsync<PurchaseOrder, PurchaseOrderChanges>("purchase", Collection, current.Id, body, (_, shown) => StockDocumentWriteCheck.ShowsUpdate(changes, shown), cancellationToken);
    }

    /// <summary>
    /// Cancels a purchase (DELETE /purchaseorders?id=&amp;IsVoidPayment=, as documented), voiding its payments when
    /// asked. KiotViet answers with a message; with <paramref name="readBack"/> the purchase is read again and
    /// returned (null when KiotViet no longer shows it). When the answer is lost, the purchase is read: cancelled
    /// or gone means done.
    /// </summary>
    public Task<PurchaseOrder?> CancelAsync(long id, bool voidPayment, bool readBack, CancellationToken cancellationToken) =>
        Writes.RunAsync(
            new WriteOperation<PurchaseOrder?>(
                $"the cancel of purchase {id}",
                async ct =>
                {
                    var path = $"{Collection}?id={id.ToString(CultureInfo.InvariantCulture)}&IsVoidPayment={(voidPayment ? "true" : "false")}";
                    await Transport.SendAsync(ApiRequest.Delete(path), ResponseBody.ReadMessage, ct).ConfigureAwait(false);
                    return readBack ? await FindByIdAsync<PurchaseOrder>(Collection, id, ct).ConfigureAwait(false) : null;
                },
                async (_, ct) =>
                {
                    var current = await FindByIdAsync<PurchaseOrder>(Collection, id, ct).ConfigureAwait(false);
                    return Reconciliation<PurchaseOrder?>.AppliedIf(current is null || StockDocumentWriteCheck.IsCancelled(current), readBack ? current : null);
                }),
            cancellationToken);

    private async Task<Reconciliation<PurchaseOrder>> FindCreatedAsync(PurchaseOrderDraft draft, WriteContext context, CancellationToken cancellationToken)
    {
        var day = draft.PurchaseDate.ToOffset(VietnamTime.Offset).Date;
        var query = new PurchaseOrderQuery { BranchIds = new[] { draft.BranchId }, FromDate = day, ToDate = day.AddDays(1) };
        var candidates = await Task.Run(() => List(query, new PageRequest(), cancellationToken).ToList(), cancellationToken).ConfigureAwait(false);
        var found = candidates
            .Where(p => !context.IsAnotherWritesResult(p.Id)
                && (p.CreatedDate is not { } created || created >= context.CreatedSince)
                && StockDocumentWriteCheck.IsCreatedFrom(draft, p))
            .OrderBy(p => p.Id)
            .FirstOrDefault();
        return found is null ? Reconciliation<PurchaseOrder>.NotApplied : Reconciliation<PurchaseOrder>.Applied(found);
    }
}
