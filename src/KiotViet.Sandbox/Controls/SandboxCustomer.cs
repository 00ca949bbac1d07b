namespace KiotViet.Sandbox;

/// <summary>A customer as stored in the sandbox, for tests that check what a run really wrote.</summary>
public sealed record SandboxCustomer(long Id, string? Code, string? Name, string? ContactNumber, string? Email, string? Comments);
