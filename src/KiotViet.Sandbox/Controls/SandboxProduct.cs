namespace KiotViet.Sandbox;

/// <summary>A product as stored in the sandbox, for tests that check what a run really wrote.</summary>
public sealed record SandboxProduct(long Id, string Code, string Name, long CategoryId, decimal BasePrice, string Unit, string? Barcode, IReadOnlyDictionary<long, decimal> OnHand);
