namespace KiotViet.Sandbox;

/// <summary>One request the sandbox answered. Holds no secrets: no headers, no bodies.</summary>
public sealed record SandboxRequest(string Method, string Path, string QueryString, int Status, DateTimeOffset Time);
