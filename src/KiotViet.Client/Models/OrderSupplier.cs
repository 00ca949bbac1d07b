using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using KiotViet.Resources;

namespace KiotViet;

/// <summary>
/// An order to a supplier (đặt hàng nhập); lines as a summary. As 2.20.1/2.20.2 print it: the branch by id only (no
/// name), the supplier by id, code and name (January 2026 print), lines naming their product by id only.
/// </summary>
[ApiPath("ordersuppliers")]
public sealed class OrderSupplier : StockDocument
{
    public override long Id { get; set; }

    public string? Code { get; set; }

    public long? BranchId { get; set; }

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
