namespace KiotViet.Sandbox.Controls;

/// <summary>Draws the faults of a <see cref="SandboxFaultMix"/>, one draw per matching request, and counts what it injected.</summary>
internal sealed class FaultMixer
{
    private readonly object gate = new();
    private readonly Dictionary<string, int> injected = new(StringComparer.Ordinal);
    private SandboxFaultMix? mix;
    private Random random = new(0);
    /// <summary>
    /// Requests after a token expiry during which no other is drawn: a token lives for hours, and the requests in
    /// flight when it expired (a bulk write keeps several) replay with the fresh one within these.
    /// </summary>
    internal const int RequestsBetweenTokenExpiries = 20;

    private int gatewayErrors;
    private int requestsSinceTokenExpiry = RequestsBetweenTokenExpiries;

    /// <summary>Starts a mix (its counts from zero), or stops the current one (null; its counts stay readable).</summary>
    public void Set(SandboxFaultMix? value)
    {
        lock (gate)
        {
            mix = value;
            if (value is not null)
            {
                random = new Random(value.Seed);
                gatewayErrors = 0;
                requestsSinceTokenExpiry = RequestsBetweenTokenExpiries;
                injected.Clear();
            }
        }
    }

    /// <summary>No mix and no counts.</summary>
    public void Clear()
    {
        lock (gate)
        {
            mix = null;
            injected.Clear();
        }
    }

    /// <summary>Faults injected by kind (the mix's property names) since the last mix was set.</summary>
    public IReadOnlyDictionary<string, int> Injected
    {
        get
        {
            lock (gate)
            {
                return new Dictionary<string, int>(injected);
            }
        }
    }

    public SandboxFault? Draw(string method, string path)
    {
        lock (gate)
        {
            if (mix is null || !RoutePrefix.Matches(path, mix.PathPrefix) || (mix.Method is not null && !string.Equals(mix.Method, method, StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }

            var draw = random.NextDouble();
            var recentlyExpired = requestsSinceTokenExpiry < RequestsBetweenTokenExpiries;
            requestsSinceTokenExpiry++;
            foreach (var (name, rate) in mix.Rates())
            {
                if (draw < rate)
                {
                    if (name == nameof(SandboxFaultMix.TokenExpiry))
                    {
                        if (recentlyExpired)
                        {
                            return null; // the requests just after an expiry carry a token issued a moment ago: it is valid
                        }

                        requestsSinceTokenExpiry = 0;
                    }

                    injected[name] = injected.TryGetValue(name, out var n) ? n + 1 : 1;
                    return FaultFor(name);
                }

                draw -= rate;
            }

            return null;
        }
    }

    /// <summary>Whether this product batch update is refused as "cập nhật rỗng" (see <see cref="SandboxFaultMix.EmptyProductUpdateBatch"/>).</summary>
    public bool DrawEmptyProductUpdateBatch()
    {
        lock (gate)
        {
            if (mix is not { EmptyProductUpdateBatch: > 0 } || random.NextDouble() >= mix.EmptyProductUpdateBatch)
            {
                return false;
            }

            const string name = nameof(SandboxFaultMix.EmptyProductUpdateBatch);
            injected[name] = injected.TryGetValue(name, out var n) ? n + 1 : 1;
            return true;
        }
    }

    private SandboxFault FaultFor(string name) => name switch
    {
        nameof(SandboxFaultMix.Unavailable) => SandboxFault.Status(503),
        nameof(SandboxFaultMix.RateLimitedWithRetryAfter) => SandboxFault.Status(429, retryAfterSeconds: mix!.RetryAfterSeconds),
        nameof(SandboxFaultMix.RateLimitedWithoutRetryAfter) => SandboxFault.Status(429),
        nameof(SandboxFaultMix.DropBeforeCommit) => SandboxFault.DropConnection(),
        nameof(SandboxFaultMix.DropAfterCommit) => SandboxFault.DropAfterCommit(),
        nameof(SandboxFaultMix.GatewayErrorAfterCommit) => SandboxFault.StatusAfterCommit(gatewayErrors++ % 2 == 0 ? 502 : 504),
        _ => SandboxFault.ExpireTokens(),
    };
}
