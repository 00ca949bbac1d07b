using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using KiotViet.Resources;

namespace KiotViet;

/// <summary>A purchase (nhập hàng) from a supplier into a branch; lines as a summary.</summary>
[ApiPath("purchaseorders")]
public sealed class PurchaseOrder : StockDocument
{
    public override long Id { get; set; }

    public string? Code { get; set; }

    public long? BranchId { get; set; }

    public string? BranchName { get; set; }

    public DateTimeOffset? PurchaseDate { get; set; }

    public long? SupplierId { get; set; }

    public string? SupplierCode { get; set; }

    public string? SupplierName { get; set; }

    public long? PurchaseById { get; set; }

    public string? PurchaseName { get; set; }

    public decimal Total { get; set; }

    public decimal? TotalPayment { get; set; }

    public decimal? Discount { get; set; }

    private protected override List<StockLine>? Details => PurchaseOrderDetails;

    [JsonInclude]
    [JsonPropertyName("purchaseOrderDetails")]
    internal List<StockLine>? PurchaseOrderDetails { get; set; }

    public override string ToString() => Code ?? Id.ToString();
}
