namespace KiotViet;

/// <summary>Listing customer groups (GET /customers/group).</summary>
public sealed class CustomerGroupQuery : ListQuery<CustomerGroup>
{
}
