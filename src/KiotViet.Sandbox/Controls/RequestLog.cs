namespace KiotViet.Sandbox.Controls;

/// <summary>Thread-safe record of answered requests, for counters and assertions.</summary>
internal sealed class RequestLog
{
    private readonly List<SandboxRequest> entries = new();

    public void Add(SandboxRequest request)
    {
        lock (entries)
        {
            entries.Add(request);
        }
    }

    public IReadOnlyList<SandboxRequest> Snapshot()
    {
        lock (entries)
        {
            return entries.ToArray();
        }
    }

    public int Count(string method, string pathPrefix)
    {
        lock (entries)
        {
            return entries.Count(e => string.Equals(e.Method, method, StringComparison.OrdinalIgnoreCase) && RoutePrefix.Matches(e.Path, pathPrefix));
        }
    }

    public void Clear()
    {
        lock (entries)
        {
            entries.Clear();
        }
    }
}
