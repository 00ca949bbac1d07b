using System;

using KiotViet.Resources;

namespace KiotViet;

/// <summary>A shop branch (chi nhánh).</summary>
[ApiPath("branches")]
public sealed class Branch : ITrackedEntity
{
    public long Id { get; set; }

    public string? BranchName { get; set; }

    public string? BranchCode { get; set; }

    public string? ContactNumber { get; set; }

    public string? Email { get; set; }

    public string? Address { get; set; }

    public long RetailerId { get; set; }

    public DateTimeOffset? CreatedDate { get; set; }

    public DateTimeOffset? ModifiedDate { get; set; }

    public override string ToString() => BranchName ?? Id.ToString();
}
