namespace KiotViet.Sandbox;

/// <summary>An invoice as stored in the sandbox, for tests that check what a run really wrote.</summary>
public sealed record SandboxInvoice(long Id, string Code, int Status, decimal Total, decimal TotalPayment, IReadOnlyList<SandboxPayment> Payments);

/// <summary>A payment of an invoice as stored (status 0 paid, 1 cancelled).</summary>
public sealed record SandboxPayment(long Id, string Code, decimal Amount, string Method, int Status, long? AccountId);
