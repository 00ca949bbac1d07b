using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

using KiotViet.Resources;

namespace KiotViet;

/// <summary>A customer group (nhóm khách hàng).</summary>
[ApiPath("customers/group")]
public sealed class CustomerGroup : IKiotVietEntity
{
    public long Id { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public decimal? Discount { get; set; }

    public long? CreatedBy { get; set; }

    public long RetailerId { get; set; }

    public DateTimeOffset? CreatedDate { get; set; }

    /// <summary>Number of customers in the group: the CSV-friendly twin of the membership list.</summary>
    [JsonIgnore]
    public int MemberCount => CustomerGroupDetails?.Count ?? 0;

    [JsonInclude]
    internal List<CustomerGroupMember>? CustomerGroupDetails { get; set; }

    public override string ToString() => Name ?? Id.ToString();
}

internal sealed class CustomerGroupMember
{
    public long Id { get; set; }

    public long CustomerId { get; set; }

    public long GroupId { get; set; }
}
