namespace KiotViet;

/// <summary>Listing customer groups (GET /customers/group).</summary>
public sealed class CustomerGroupQuery : ListQuery<CustomerGroup>
{
    // GET /customers/group (2.13.1) documents no query parameter.
    internal override SharedListParameters Documented => SharedListParameters.None;
}
