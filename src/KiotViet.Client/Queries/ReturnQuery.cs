using System;
using KiotViet.Http;

namespace KiotViet;

/// <summary>Returns (GET /returns): by return date and change time.</summary>
public sealed class ReturnQuery : ListQuery<Return>
{
    public DateTime? FromReturnDate { get; set; }

    public DateTime? ToReturnDate { get; set; }

    private protected override void AddFilters(QueryString query) => query
        .Add("fromReturnDate", FromReturnDate)
        .Add("toReturnDate", ToReturnDate);
}
