using System;

namespace KiotViet;

/// <summary>Filters for listing customers (GET /customers).</summary>
public sealed class CustomerQuery
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? ContactNumber { get; set; }

    public long? GroupId { get; set; }

    public DateTime? ModifiedSince { get; set; }

    /// <summary>Also report ids removed since <see cref="ModifiedSince"/>.</summary>
    public bool IncludeRemoved { get; set; }

    /// <summary>Adds total invoiced, total points and total revenue.</summary>
    public bool IncludeTotals { get; set; }

    /// <summary>Adds the group names.</summary>
    public bool IncludeGroups { get; set; }

    /// <summary>A field name such as name, createdDate or modifiedDate.</summary>
    public string? OrderBy { get; set; }

    public bool Descending { get; set; }
}
