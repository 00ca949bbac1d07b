using System;
using System.Threading;
using KiotViet.Http;
using KiotViet.Paging;

namespace KiotViet.Resources;

/// <summary>Branches (chi nhánh). The API documents no write endpoints for them.</summary>
public sealed class BranchClient : ResourceClient
{
    internal BranchClient(ApiTransport transport, int readAhead)
        : base(transport, readAhead)
    {
    }

    public PagedListing<Branch> List(BranchQuery query, PageRequest paging, CancellationToken cancellationToken) =>
        List<Branch>(query, paging, cancellationToken);
}
