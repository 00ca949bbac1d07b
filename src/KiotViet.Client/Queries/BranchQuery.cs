namespace KiotViet;

/// <summary>Listing branches (GET /branches): change window and removed ids only.</summary>
public sealed class BranchQuery : ListQuery<Branch>
{
}
