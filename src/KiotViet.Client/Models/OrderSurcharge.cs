using System;

namespace KiotViet;

/// <summary>A surcharge (thu khác) added to a new order, as POST /orders names it in "surchages": id, code, amount.</summary>
public sealed class OrderSurcharge
{
    public long? Id { get; set; }

    public string? Code { get; set; }

    /// <summary>The amount it adds to the order.</summary>
    public decimal? Price { get; set; }

    public override string ToString() => $"{Code ?? Id?.ToString()} {Price:N0}";
}

/// <summary>A surcharge on an order as KiotViet shows it (invoiceOrderSurcharges).</summary>
public sealed class AppliedSurcharge
{
    public long Id { get; set; }

    public long? InvoiceId { get; set; }

    public long? SurchargeId { get; set; }

    public string? SurchargeName { get; set; }

    /// <summary>The surcharge's value (an amount or a percentage).</summary>
    public decimal? SurValue { get; set; }

    /// <summary>What it added to the order.</summary>
    public decimal? Price { get; set; }

    public DateTimeOffset? CreatedDate { get; set; }

    public override string ToString() => $"{SurchargeName} {Price:N0}";
}
