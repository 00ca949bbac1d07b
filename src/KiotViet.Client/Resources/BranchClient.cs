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

    public PagedListing<Branch> List(DateTime? modifiedSince, bool includeRemoved, PageRequest paging, CancellationToken cancellationToken)
    {
        var filters = new QueryString()
            .Add("lastModifiedFrom", modifiedSince)
            .Add("includeRemoveIds", includeRemoved);
        return List<Branch>("branches", filters, paging, cancellationToken);
    }
}
