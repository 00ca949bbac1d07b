using System;
using System.Collections.Generic;

namespace KiotViet;

/// <summary>A listing filtered by branches and a date range (cash book, purchases, transfers, supplier orders).</summary>
public interface IPeriodQuery
{
    IList<long>? BranchIds { get; set; }

    DateTime? FromDate { get; set; }

    DateTime? ToDate { get; set; }
}
