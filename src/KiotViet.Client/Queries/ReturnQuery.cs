using System;
using KiotViet.Http;

namespace KiotViet;

/// <summary>Returns (GET /returns): by return date and change time.</summary>
public sealed class ReturnQuery : ListQuery<Return>
{
    // GET /returns (2.19.1) documents no includeRemoveIds.
    internal override SharedListParameters Documented => SharedListParameters.ModifiedSince | SharedListParameters.Order;

    public DateTime? FromReturnDate { get; set; }

    public DateTime? ToReturnDate { get; set; }

    private protected override void AddFilters(QueryString query) => query
        .Add("fromReturnDate", FromReturnDate)
        .Add("toReturnDate", ToReturnDate);
}
