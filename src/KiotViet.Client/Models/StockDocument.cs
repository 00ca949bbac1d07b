using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace KiotViet;

/// <summary>
/// What purchases, transfers and supplier orders share, after their own fields: status, description, dates and the
/// product lines (a summary in a CSV cell, LineCount beside it). Each names the JSON list its lines come in.
/// </summary>
public abstract class StockDocument : IKiotVietEntity
{
    private SummarizedList<StockLine>? lines;

    public abstract long Id { get; set; }

    public int? Status { get; set; }

    public string? StatusValue { get; set; }

    public string? Description { get; set; }

    public DateTimeOffset? CreatedDate { get; set; }

    public DateTimeOffset? ModifiedDate { get; set; }

    [JsonIgnore]
    public int LineCount => Details?.Count ?? 0;

    [JsonIgnore]
    public SummarizedList<StockLine> Lines => lines ??= SummarizedList.Of(Details);

    /// <summary>The lines as the API names them (purchaseOrderDetails, transferDetails, orderSupplierDetails).</summary>
    private protected abstract List<StockLine>? Details { get; }
}
