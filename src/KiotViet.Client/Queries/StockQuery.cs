using System.Collections.Generic;
using KiotViet.Http;

namespace KiotViet;

/// <summary>Stock on hand (GET /productOnHands): by branch and change time.</summary>
public sealed class StockQuery : ListQuery<ProductStock>
{
    // GET /productOnHands (2.4.9) documents no includeRemoveIds.
    internal override SharedListParameters Documented => SharedListParameters.ModifiedSince | SharedListParameters.Order;

    public IList<long>? BranchIds { get; set; }

    private protected override void AddFilters(QueryString query) => query.Add("branchIds", BranchIds);
}
