namespace KiotViet.Sandbox.Controls;

/// <summary>Holds injected faults and hands out the one (if any) that hits a request.</summary>
internal sealed class FaultInjector
{
    private readonly List<ArmedFault> faults = new();

    public void Add(SandboxFault fault)
    {
        lock (faults)
        {
            faults.Add(new ArmedFault(fault, fault.Count));
        }
    }

    public void Clear()
    {
        lock (faults)
        {
            faults.Clear();
        }
    }

    /// <summary>The first armed fault matching the request, consuming one of its uses.</summary>
    public SandboxFault? Take(string method, string path, bool isTokenEndpoint)
    {
        lock (faults)
        {
            foreach (var armed in faults)
            {
                var fault = armed.Fault;
                var pathMatches = isTokenEndpoint ? fault.PathPrefix is not null && RoutePrefix.Matches(path, fault.PathPrefix) : RoutePrefix.Matches(path, fault.PathPrefix);
                if (!pathMatches || (fault.Method is not null && !string.Equals(fault.Method, method, StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                if (fault.Rate < 1.0 && Random.Shared.NextDouble() >= fault.Rate)
                {
                    continue;
                }

                if (armed.Remaining is not null)
                {
                    armed.Remaining--;
                    if (armed.Remaining == 0)
                    {
                        faults.Remove(armed);
                    }
                }

                return fault;
            }
        }

        return null;
    }

    private sealed class ArmedFault
    {
        public ArmedFault(SandboxFault fault, int? remaining)
        {
            Fault = fault;
            Remaining = remaining;
        }

        public SandboxFault Fault { get; }

        public int? Remaining { get; set; }
    }
}
