using System.Text.Json.Serialization;

namespace KiotViet.Sandbox.Data;

/// <summary>A customer row with every documented field (camelCase in responses).</summary>
internal sealed class Customer
{
    public long Id { get; set; }
    public string Code { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public bool? Gender { get; set; }
    public DateTime? BirthDate { get; set; }
    public string? ContactNumber { get; set; }
    public string? SubNumber { get; set; }
    public string? IdentificationNumber { get; set; }
    public string? Address { get; set; }
    public string? LocationName { get; set; }
    public string? WardName { get; set; }
    public string? Email { get; set; }
    public string? Organization { get; set; }
    public string? Comments { get; set; }
    public string? TaxCode { get; set; }
    public int Type { get; set; }
    public long? BranchId { get; set; }
    public decimal Debt { get; set; }
    public decimal TotalInvoiced { get; set; }
    public int TotalPoint { get; set; }
    public decimal TotalRevenue { get; set; }
    public int RewardPoint { get; set; }
    public long RetailerId { get; set; }
    public DateTime CreatedDate { get; set; }
    public DateTime? ModifiedDate { get; set; }

    [JsonIgnore]
    public List<long> GroupIds { get; set; } = new();

    /// <summary>The time incremental sync compares with lastModifiedFrom.</summary>
    [JsonIgnore]
    public DateTime LastChanged => ModifiedDate ?? CreatedDate;

    public Customer Clone()
    {
        var copy = (Customer)MemberwiseClone();
        copy.GroupIds = new List<long>(GroupIds);
        return copy;
    }
}

/// <summary>A customer group (GET /customers/group).</summary>
internal sealed record CustomerGroup(long Id, string Name, string? Description, decimal? Discount, DateTime CreatedDate, long CreatedBy, long RetailerId);

/// <summary>A branch (GET /branches).</summary>
internal sealed record Branch(long Id, string BranchName, string BranchCode, string ContactNumber, string Email, string Address, [property: System.Text.Json.Serialization.JsonIgnore] string LocationName, long RetailerId, DateTime CreatedDate, DateTime? ModifiedDate);
