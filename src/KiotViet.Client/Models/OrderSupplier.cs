using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using KiotViet.Resources;

namespace KiotViet;

/// <summary>An order to a supplier (đặt hàng nhập); lines as a summary.</summary>
[ApiPath("ordersuppliers")]
public sealed class OrderSupplier : StockDocument
{
    public override long Id { get; set; }

    public string? Code { get; set; }

    public long? BranchId { get; set; }

    public string? BranchName { get; set; }

    public DateTimeOffset? OrderDate { get; set; }

    public long? SupplierId { get; set; }

    public string? SupplierCode { get; set; }

    public string? SupplierName { get; set; }

    public decimal Total { get; set; }

    public decimal? Discount { get; set; }

    private protected override List<StockLine>? Details => OrderSupplierDetails;

    [JsonInclude]
    [JsonPropertyName("orderSupplierDetails")]
    internal List<StockLine>? OrderSupplierDetails { get; set; }

    public override string ToString() => Code ?? Id.ToString();
}
