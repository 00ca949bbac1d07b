using System;
using System.Threading;
using System.Threading.Tasks;
using KiotViet.Http;
using KiotViet.Paging;
using KiotViet.Resources;

namespace KiotViet;

/// <summary>
/// Any request to the connection's API, with the same token, Retailer header, GET budget, retry rules, redaction and
/// messages as every typed call. Only reads are retried once a request may have reached the server.
/// </summary>
public sealed class RawClient
{
    private readonly ApiTransport transport;
    private readonly int readAhead;

    internal RawClient(ApiTransport transport, int readAhead)
    {
        this.transport = transport;
        this.readAhead = readAhead;
    }

    public Task<RawResponse> SendAsync(RawRequest request, CancellationToken cancellationToken) =>
        transport.SendAsync(request.ToApiRequest(), body => new RawResponse(body), cancellationToken);

    /// <summary>Pages a listing endpoint (GET with pageSize/currentItem) and streams the rows of its <c>data</c>.</summary>
    public PagedListing<RawRow> List(RawRequest request, PageRequest paging, CancellationToken cancellationToken)
    {
        if (!request.IsRead)
        {
            throw new ArgumentException($"Only a GET can be paged; {request} is a {request.Method}.", nameof(request));
        }

        return Listing.Create<RawRow>(transport, request.Path, request.QueryWithout("pageSize", "currentItem"), paging, readAhead, transport.Options.Listing, cancellationToken);
    }
}
