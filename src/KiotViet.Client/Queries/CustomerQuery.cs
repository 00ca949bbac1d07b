using KiotViet.Http;

namespace KiotViet;

/// <summary>Filters for listing customers (GET /customers).</summary>
public sealed class CustomerQuery : ListQuery<Customer>
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? ContactNumber { get; set; }

    public long? GroupId { get; set; }

    /// <summary>Adds total invoiced, total points and total revenue.</summary>
    public bool IncludeTotals { get; set; }

    /// <summary>Adds the group names.</summary>
    public bool IncludeGroups { get; set; }

    private protected override void AddFilters(QueryString query) => query
        .Add("code", Code)
        .Add("name", Name)
        .Add("contactNumber", ContactNumber)
        .Add("groupId", GroupId)
        .Add("includeTotal", IncludeTotals)
        .Add("includeCustomerGroup", IncludeGroups);
}
