using System;
using KiotViet.Resources;

namespace KiotViet;

/// <summary>A supplier (nhà cung cấp).</summary>
[ApiPath("suppliers")]
public sealed class Supplier : ITrackedEntity
{
    public long Id { get; set; }

    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? ContactNumber { get; set; }

    public string? Email { get; set; }

    public string? Address { get; set; }

    public string? LocationName { get; set; }

    public string? WardName { get; set; }

    public string? TaxCode { get; set; }

    public string? Organization { get; set; }

    public string? Comments { get; set; }

    public decimal? Debt { get; set; }

    public decimal? TotalInvoiced { get; set; }

    public bool? IsActive { get; set; }

    public long? BranchId { get; set; }

    public DateTimeOffset? CreatedDate { get; set; }

    public DateTimeOffset? ModifiedDate { get; set; }

    public override string ToString() => Code ?? Id.ToString();
}
