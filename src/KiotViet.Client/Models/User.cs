using System;
using KiotViet.Resources;

namespace KiotViet;

/// <summary>A user (nhân viên) of the shop; the super admin is not listed.</summary>
[ApiPath("users")]
public sealed class User : ITrackedEntity
{
    public long Id { get; set; }

    public string? UserName { get; set; }

    public string? GivenName { get; set; }

    public string? MobilePhone { get; set; }

    public string? Email { get; set; }

    public string? Address { get; set; }

    public DateTimeOffset? BirthDate { get; set; }

    public string? Description { get; set; }

    public bool? IsActive { get; set; }

    public DateTimeOffset? CreatedDate { get; set; }

    public DateTimeOffset? ModifiedDate { get; set; }

    public override string ToString() => GivenName ?? UserName ?? Id.ToString();
}
