using System;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Http;
using KiotViet.Json;
using KiotViet.Paging;

namespace KiotViet.Resources;

/// <summary>What every resource client shares: listing a path, reading one object by id or code.</summary>
public abstract class ResourceClient
{
    private protected ResourceClient(ApiTransport transport, int readAhead)
    {
        Transport = transport;
        ReadAhead = readAhead;
    }

    private protected ApiTransport Transport { get; }

    private protected int ReadAhead { get; }

    /// <summary>Streams the listing a query describes.</summary>
    public PagedListing<T> List<T>(ListQuery<T> query, PageRequest paging, CancellationToken cancellationToken)
        where T : class, IKiotVietEntity =>
        Listing.Create<T>(Transport, query.Path, query.ToQueryString(), paging, ReadAhead, Transport.Options.Listing, cancellationToken, query.Complete);

    /// <summary>
    /// The record a create without a code made, when its answer was lost: the oldest row of the listing (the records
    /// changed since the write began) that is new enough, no other write's result, and shows what was sent.
    /// </summary>
    private protected async Task<KiotViet.Writes.Reconciliation<T>> FindCreatedAmongChangesAsync<T>(ListQuery<T> changedSince, KiotViet.Writes.WriteContext context, Func<T, DateTimeOffset?> createdDate, Func<T, bool> showsCreate, CancellationToken cancellationToken)
        where T : class, IKiotVietEntity
    {
        var candidates = await Task.Run(() => List(changedSince, new PageRequest(), cancellationToken).ToList(), cancellationToken).ConfigureAwait(false);
        var found = candidates
            .Where(r => context.CouldBeCreatedByThisWrite(r.Id, createdDate(r)) && showsCreate(r))
            .OrderBy(createdDate).ThenBy(r => r.Id)
            .FirstOrDefault();
        return found is null ? KiotViet.Writes.Reconciliation<T>.NotApplied : KiotViet.Writes.Reconciliation<T>.Applied(found);
    }

    /// <summary>Every write goes through it, so that its outcome is known (see its rule).</summary>
    private protected Writes.WriteCoordinator Writes => Transport.Writes;

    private protected PagedListing<T> List<T>(string path, QueryString filters, PageRequest paging, CancellationToken cancellationToken)
        where T : class, IKiotVietEntity =>
        Listing.Create<T>(Transport, path, filters, paging, ReadAhead, Transport.Options.Listing, cancellationToken);

    /// <summary>{collection}/{id}.</summary>
    private protected static string ItemPath(string collection, long id) => $"{collection}/{id.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>GET {collection}/{id}; a record that is not there is a NotFound failure however KiotViet says so (see <see cref="KiotViet.Errors.MissingRecord"/>).</summary>
    private protected Task<T> GetByIdAsync<T>(string collection, long id, CancellationToken cancellationToken)
        where T : class =>
        GetOneRecordAsync<T>(ItemPath(collection, id), cancellationToken);

    /// <summary>
    /// PUT {collection}/{id}, exactly once: when the answer is lost, the record is read back, and the update was
    /// applied when <paramref name="shows"/> finds what it set (else it is resent, knowing it was not).
    /// </summary>
    private protected Task<T> UpdateRecordAsync<T, TChanges>(string noun, string collection, long id, TChanges changes, Func<TChanges, T, bool> shows, CancellationToken cancellationToken)
        where T : class
        where TChanges : class =>
        Writes.RunAsync(
            new KiotViet.Writes.WriteOperation<T>(
                $"the update of {noun} {id}",
                ct => Transport.SendAsync(ApiRequest.Put(ItemPath(collection, id), changes), ResponseBody.ReadObject<T>, ct),
                async (_, ct) => await FindByIdAsync<T>(collection, id, ct).ConfigureAwait(false) is { } current && shows(changes, current)
                    ? KiotViet.Writes.Reconciliation<T>.Applied(current)
                    : KiotViet.Writes.Reconciliation<T>.NotApplied),
            cancellationToken);

    /// <summary>DELETE {collection}/{id}, exactly once; returns KiotViet's confirmation message. When the answer is lost, gone means done.</summary>
    private protected Task<string?> DeleteRecordAsync<T>(string noun, string collection, long id, CancellationToken cancellationToken)
        where T : class =>
        Writes.RunAsync(
            new KiotViet.Writes.WriteOperation<string?>(
                $"the delete of {noun} {id}",
                ct => Transport.SendAsync(ApiRequest.Delete(ItemPath(collection, id)), ResponseBody.ReadMessage, ct),
                async (_, ct) => KiotViet.Writes.Reconciliation<string?>.AppliedIf(await FindByIdAsync<T>(collection, id, ct).ConfigureAwait(false) is null, "deleted")),
            cancellationToken);

    /// <summary>GET {collection}/{id}, or null when KiotViet has no such record: how write lookups tell "gone".</summary>
    private protected Task<T?> FindByIdAsync<T>(string collection, long id, CancellationToken cancellationToken)
        where T : class =>
        OrNullWhenNotFound(GetByIdAsync<T>(collection, id, cancellationToken));

    /// <summary>GET {collection}/code/{code}, or null when KiotViet has no record with that code.</summary>
    private protected Task<T?> FindByCodeAsync<T>(string collection, string code, CancellationToken cancellationToken)
        where T : class =>
        OrNullWhenNotFound(GetByCodeAsync<T>(collection, code, cancellationToken));

    private static async Task<T?> OrNullWhenNotFound<T>(Task<T> read)
        where T : class
    {
        try
        {
            return await read.ConfigureAwait(false);
        }
        catch (KiotVietApiException ex) when (ex.Kind == KiotVietErrorKind.NotFound)
        {
            return null;
        }
    }

    /// <summary>GET {collection}/code/{code}; a code the shop does not have is a NotFound failure however KiotViet says so.</summary>
    private protected Task<T> GetByCodeAsync<T>(string collection, string code, CancellationToken cancellationToken)
        where T : class =>
        GetOneRecordAsync<T>($"{collection}/code/{Uri.EscapeDataString(code)}", cancellationToken);

    private async Task<T> GetOneRecordAsync<T>(string relativeUri, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return await Transport.SendAsync(ApiRequest.Get(relativeUri), ResponseBody.ReadRecord<T>, cancellationToken).ConfigureAwait(false)
                ?? throw new KiotVietApiException(KiotVietErrorKind.NotFound, $"KiotViet answered GET {relativeUri} with no record.");
        }
        catch (KiotVietApiException refused) when (refused.Kind != KiotVietErrorKind.NotFound && KiotViet.Errors.MissingRecord.Says(refused))
        {
            throw KiotViet.Errors.MissingRecord.AsNotFound(refused);
        }
    }

    private protected Task<T> GetObjectAsync<T>(string relativeUri, CancellationToken cancellationToken) =>
        Transport.SendAsync(ApiRequest.Get(relativeUri), ResponseBody.ReadObject<T>, cancellationToken);
}
