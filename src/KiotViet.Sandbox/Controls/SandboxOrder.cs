namespace KiotViet.Sandbox;

/// <summary>An order as stored in the sandbox, for tests that check what a run really wrote.</summary>
public sealed record SandboxOrder(long Id, string Code, string StatusValue, decimal Total, decimal TotalPayment, string? Description, int LineCount);
