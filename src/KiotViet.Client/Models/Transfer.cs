using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using KiotViet.Resources;

namespace KiotViet;

/// <summary>A stock transfer (chuyển hàng) between two branches; lines as a summary.</summary>
[ApiPath("transfers")]
public sealed class Transfer : StockDocument
{
    public override long Id { get; set; }

    public string? Code { get; set; }

    public long? FromBranchId { get; set; }

    public string? FromBranchName { get; set; }

    public long? ToBranchId { get; set; }

    public string? ToBranchName { get; set; }

    public DateTimeOffset? DispatchedDate { get; set; }

    public DateTimeOffset? ReceivedDate { get; set; }

    // GET /transfers/{id} names the dispatch date transferredDate.
    [JsonInclude]
    [JsonPropertyName("transferredDate")]
    internal DateTimeOffset? TransferredDateJson { get => null; set => DispatchedDate = value ?? DispatchedDate; }

    public decimal? TotalTransfer { get; set; }

    private protected override List<StockLine>? Details => TransferDetails ?? DetailsById;

    [JsonInclude]
    [JsonPropertyName("transferDetails")]
    internal List<StockLine>? TransferDetails { get; set; }

    // GET /transfers/{id} names the lines "details" (docs/design.md: the reference's 2.16.2).
    [JsonInclude]
    [JsonPropertyName("details")]
    internal List<StockLine>? DetailsById { get; set; }

    public override string ToString() => Code ?? Id.ToString();
}
