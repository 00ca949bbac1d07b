using KiotViet.Http;

namespace KiotViet;

/// <summary>Price books (GET /pricebooks), optionally with the branches and customer groups they apply to.</summary>
public sealed class PriceBookQuery : ListQuery<PriceBook>
{
    // GET /pricebooks (2.17.1) documents no includeRemoveIds.
    internal override SharedListParameters Documented => SharedListParameters.ModifiedSince | SharedListParameters.Order;

    public bool IncludeScope { get; set; }

    private protected override void AddFilters(QueryString query) => query
        .Add("includePriceBookBranch", IncludeScope)
        .Add("includePriceBookCustomerGroups", IncludeScope);
}
