namespace KiotViet.Sandbox;

/// <summary>A purchase or transfer as stored in the sandbox, for tests that check what a run really wrote.</summary>
/// <param name="BranchId">The purchase's branch, or the transfer's sending branch.</param>
/// <param name="ToBranchId">The transfer's receiving branch (null for a purchase).</param>
/// <param name="Lines">Product code and quantity (sent, for a transfer) of each line.</param>
public sealed record SandboxStockDocument(long Id, string Code, int Status, long BranchId, long? ToBranchId, string? SupplierCode, string? Description, IReadOnlyList<(string ProductCode, double Quantity)> Lines);
