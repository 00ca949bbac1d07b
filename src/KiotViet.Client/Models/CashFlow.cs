using System;
using System.Text.Json.Serialization;
using KiotViet.Json;
using KiotViet.Resources;

namespace KiotViet;

/// <summary>A cash book entry (sổ quỹ, GET /cashflow): a receipt or a payment, with its partner and method.</summary>
[ApiPath("cashflow")]
public sealed class CashFlow : IKiotVietEntity
{
    public long Id { get; set; }

    public string? Code { get; set; }

    public long? BranchId { get; set; }

    public DateTimeOffset? TransDate { get; set; }

    public decimal Amount { get; set; }

    /// <summary>Cash, Card or Transfer.</summary>
    public string? Method { get; set; }

    /// <summary>True for money in (phiếu thu), false for money out (phiếu chi).</summary>
    public bool? IsReceipt { get; set; }

    /// <summary>C customer, S supplier, U user, D delivery partner, O other.</summary>
    public string? PartnerType { get; set; }

    public long? PartnerId { get; set; }

    public string? PartnerName { get; set; }

    public string? ContactNumber { get; set; }

    public string? Address { get; set; }

    public long? CashFlowGroupId { get; set; }

    public string? CashFlowGroupName { get; set; }

    /// <summary>0 paid, 1 cancelled.</summary>
    public int? Status { get; set; }

    public long? UserId { get; set; }

    public string? UserName { get; set; }

    public long? AccountId { get; set; }

    /// <summary>Typed int (0/1) in the reference (2.14.1); a boolean is read as well.</summary>
    [JsonConverter(typeof(FlagConverter))]
    public bool? UsedForFinancialReporting { get; set; }

    public string? Description { get; set; }

    public long? CreatedBy { get; set; }

    public DateTimeOffset? CreatedDate { get; set; }

    public override string ToString() => Code ?? Id.ToString();
}
