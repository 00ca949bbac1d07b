using System;
using System.Text.Json.Serialization;
using KiotViet.Json;
using KiotViet.Resources;

namespace KiotViet;

/// <summary>A KiotViet customer. Every property is a scalar, so a row exports to CSV as it is.</summary>
[ApiPath("customers")]
public sealed class Customer : ITrackedEntity
{
    public long Id { get; set; }

    public string? Code { get; set; }

    public string? Name { get; set; }

    [JsonConverter(typeof(GenderConverter))]
    public Gender? Gender { get; set; }

    /// <summary>A calendar day (no time of day, no offset): exports as a date Excel reads as one.</summary>
    [JsonConverter(typeof(ShopCalendarDateConverter))]
    public DateTime? BirthDate { get; set; }

    public string? ContactNumber { get; set; }

    /// <summary>Second phone number.</summary>
    public string? SubNumber { get; set; }

    public string? IdentificationNumber { get; set; }

    public string? Address { get; set; }

    /// <summary>Area, "Tỉnh/TP - Quận/Huyện".</summary>
    public string? LocationName { get; set; }

    public string? WardName { get; set; }

    public string? Email { get; set; }

    public string? Organization { get; set; }

    public string? Comments { get; set; }

    public string? TaxCode { get; set; }

    /// <summary>0 individual, 1 company.</summary>
    public int? Type { get; set; }

    /// <summary>Group names, comma-separated, as KiotViet returns them.</summary>
    public string? Groups { get; set; }

    public decimal? Debt { get; set; }

    public decimal? TotalInvoiced { get; set; }

    public decimal? TotalPoint { get; set; }

    public decimal? TotalRevenue { get; set; }

    public decimal? RewardPoint { get; set; }

    public long? BranchId { get; set; }

    public long RetailerId { get; set; }

    public DateTimeOffset? CreatedDate { get; set; }

    public DateTimeOffset? ModifiedDate { get; set; }

    public override string ToString() => $"{Code} {Name}".Trim();
}
