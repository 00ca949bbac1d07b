using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Http;
using KiotViet.Json;
using KiotViet.Paging;
using KiotViet.Writes;

namespace KiotViet.Resources;

/// <summary>Transfer writes (chuyển hàng): create, update, delete; each exactly once (docs/design.md §7).</summary>
public sealed class TransferClient : ResourceClient
{
    private const string Collection = "transfers";

    internal TransferClient(ApiTransport transport, int readAhead)
        : base(transport, readAhead)
    {
    }

    /// <summary>GET /transfers/{id}.</summary>
    public Task<Transfer> GetAsync(long id, CancellationToken cancellationToken) => GetByIdAsync<Transfer>(Collection, id, cancellationToken);

    /// <summary>
    /// Creates a transfer (POST /transfers; the answer is <c>{message, data}</c>), exactly once. When the answer is
    /// lost, the transfers between the two branches are listed (the documented filters) and the one with the code the
    /// create sent, or else the same lines and note dated since the write began, is it. A transfer that shows none of
    /// the dates cannot be told from an older one: then the outcome is reported unknown rather than guessed.
    /// </summary>
    public Task<Transfer> CreateAsync(TransferDraft draft, CancellationToken cancellationToken)
    {
        if (draft.TransferDetails.Count == 0)
        {
            throw new ArgumentException("A transfer needs at least one line.", nameof(draft));
        }

        return Writes.RunAsync(
            new WriteOperation<Transfer>(
                $"the create of a transfer of {draft.TransferDetails.Count} line(s) from branch {draft.FromBranchId} to branch {draft.ToBranchId}",
                ct => Transport.SendAsync(ApiRequest.Post(Collection, draft), ResponseBody.ReadObject<Transfer>, ct),
                (context, ct) => FindCreatedAsync(draft, context, ct),
                t => t.Id),
            cancellationToken);
    }

    /// <summary>
    /// Updates a transfer (PUT /transfers/{id}). As for purchases, the changes are laid over the transfer as read
    /// and the whole is sent. When the answer is lost, the transfer is read back and compared before resending.
    /// </summary>
    public Task<Transfer> UpdateAsync(Transfer current, TransferChanges changes, CancellationToken cancellationToken)
    {
        var receiving = changes.Status == 3;
        var body = new TransferUpdateBody
        {
            FromBranchId = current.FromBranchId,
            ToBranchId = current.ToBranchId,
            Code = current.Code,
            Description = changes.Description ?? current.Description,
            IsDraft = (changes.IsDraft ?? (current.Status == 1 ? 1 : 0)) != 0,
            Status = changes.Status ?? current.Status,
            TransferDetails = (changes.TransferDetails ?? current.Lines.Select(l => new TransferLine
            {
                ProductCode = l.ProductCode ?? "",
                ProductId = l.ProductId == 0 ? null : l.ProductId,
                SendQuantity = l.Quantity,
                // Receiving a transfer without saying what arrived: what was sent arrived.
                ReceivedQuantity = receiving && l.ReceivedQuantity is not > 0 ? l.Quantity : l.ReceivedQuantity,
                Price = l.Price ?? 0,
            }).ToList()).Select(l => new TransferUpdateLine(current.Id, l)).ToList(),
        };
        return UpdateRecordAsync<Transfer, TransferUpdateBody>("transfer", Collection, current.Id, body, (_, shown) => StockDocumentWriteCheck.ShowsUpdate(changes, shown), cancellationToken);
    }

    /// <summary>
    /// Deletes a transfer (DELETE /transfers/{id}); returns KiotViet's message. When the answer is lost, the transfer
    /// is read: gone or cancelled means done.
    /// </summary>
    public Task<string?> DeleteAsync(long id, CancellationToken cancellationToken) =>
        Writes.RunAsync(
            new WriteOperation<string?>(
                $"the delete of transfer {id}",
                ct => Transport.SendAsync(ApiRequest.Delete(ItemPath(Collection, id)), ResponseBody.ReadMessage, ct),
                async (_, ct) =>
                {
                    var current = await FindByIdAsync<Transfer>(Collection, id, ct).ConfigureAwait(false);
                    return Reconciliation<string?>.AppliedIf(current is null || StockDocumentWriteCheck.IsCancelled(current), "deleted");
                }),
            cancellationToken);

    private async Task<Reconciliation<Transfer>> FindCreatedAsync(TransferDraft draft, WriteContext context, CancellationToken cancellationToken)
    {
        var query = new TransferQuery { BranchIds = new[] { draft.FromBranchId }, ToBranchIds = new[] { draft.ToBranchId } };
        var candidates = await Task.Run(() => List(query, new PageRequest(), cancellationToken).ToList(), cancellationToken).ConfigureAwait(false);
        var judged = candidates.Where(t => !context.IsAnotherWritesResult(t.Id)).Select(t => (Transfer: t, Made: StockDocumentWriteCheck.IsCreatedFrom(draft, t, context))).ToList();
        if (judged.Where(j => j.Made == true).OrderBy(j => j.Transfer.Id).Select(j => j.Transfer).FirstOrDefault() is { } found)
        {
            return Reconciliation<Transfer>.Applied(found);
        }

        if (judged.Any(j => j.Made is null))
        {
            throw new KiotVietApiException(
                KiotVietErrorKind.InvalidResponse,
                "KiotViet lists transfers of the same lines between these branches without a date, so whether one of them is this write's cannot be told. Give the transfer a -Code to make its create checkable.");
        }

        return Reconciliation<Transfer>.NotApplied;
    }

    /// <summary>
    /// The documented update body: the create's fields, each line naming its transfer. isDraft is a JSON boolean here
    /// (API reference 2.16.4, both prints), where the create (2.16.3) types it int.
    /// </summary>
    private sealed class TransferUpdateBody
    {
        public long? FromBranchId { get; set; }

        public long? ToBranchId { get; set; }

        public bool IsDraft { get; set; }

        public string? Code { get; set; }

        public string? Description { get; set; }

        public int? Status { get; set; }

        public System.Collections.Generic.List<TransferUpdateLine> TransferDetails { get; set; } = new();
    }

    private sealed class TransferUpdateLine
    {
        public TransferUpdateLine(long transferId, TransferLine line)
        {
            TransferId = transferId;
            ProductCode = line.ProductCode;
            ProductId = line.ProductId;
            SendQuantity = line.SendQuantity;
            ReceivedQuantity = line.ReceivedQuantity;
            Price = line.Price;
        }

        public long TransferId { get; }

        public string ProductCode { get; }

        public long? ProductId { get; }

        public decimal SendQuantity { get; }

        [System.Text.Json.Serialization.JsonPropertyName("recivedQuantity")]
        public decimal? ReceivedQuantity { get; }

        public decimal Price { get; }
    }
}
