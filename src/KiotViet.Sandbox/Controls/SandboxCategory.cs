namespace KiotViet.Sandbox;

/// <summary>A category as stored in the sandbox, for tests that check what a run really wrote.</summary>
public sealed record SandboxCategory(long Id, long? ParentId, string Name);
