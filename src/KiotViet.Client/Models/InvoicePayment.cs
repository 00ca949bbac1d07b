using System;
using System.Globalization;

namespace KiotViet;

/// <summary>A payment recorded against an invoice.</summary>
public sealed class InvoicePayment : IKiotVietEntity
{
    public long Id { get; set; }

    public string? Code { get; set; }

    public decimal Amount { get; set; }

    /// <summary>Cash, Card, Transfer, Voucher…</summary>
    public string? Method { get; set; }

    public int? Status { get; set; }

    public string? StatusValue { get; set; }

    public DateTimeOffset? TransDate { get; set; }

    public string? BankAccount { get; set; }

    public long? AccountId { get; set; }

    /// <summary>The invoice paid; set on what New-KvPayment returns (rows inside an invoice leave it empty).</summary>
    public long? InvoiceId { get; set; }

    /// <summary>The code of the invoice paid (the answer's DocumentCode); set on what New-KvPayment returns.</summary>
    public string? InvoiceCode { get; set; }

    public override string ToString() => $"{Method} {Amount.ToString("0.##", CultureInfo.InvariantCulture)}";
}
