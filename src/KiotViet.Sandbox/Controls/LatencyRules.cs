namespace KiotViet.Sandbox.Controls;

/// <summary>Per-route latency (fixed + random jitter); the longest matching prefix wins, "" applies everywhere.</summary>
internal sealed class LatencyRules
{
    private readonly Dictionary<string, (TimeSpan Fixed, TimeSpan Jitter)> rules = new(StringComparer.OrdinalIgnoreCase);
    private readonly TimeSpan baseline;

    public LatencyRules(TimeSpan baseline)
    {
        this.baseline = baseline;
        Clear();
    }

    public void Set(TimeSpan fixedDelay, TimeSpan jitter, string? pathPrefix)
    {
        lock (rules)
        {
            rules[pathPrefix?.TrimEnd('/') ?? string.Empty] = (fixedDelay, jitter);
        }
    }

    public void Clear()
    {
        lock (rules)
        {
            rules.Clear();
            rules[string.Empty] = (baseline, TimeSpan.Zero);
        }
    }

    public TimeSpan DelayFor(string path)
    {
        (TimeSpan Fixed, TimeSpan Jitter) rule;
        lock (rules)
        {
            rule = rules.Where(r => RoutePrefix.Matches(path, r.Key)).MaxBy(r => r.Key.Length).Value;
        }

        var jitter = rule.Jitter > TimeSpan.Zero ? TimeSpan.FromTicks((long)(rule.Jitter.Ticks * Random.Shared.NextDouble())) : TimeSpan.Zero;
        return rule.Fixed + jitter;
    }
}
