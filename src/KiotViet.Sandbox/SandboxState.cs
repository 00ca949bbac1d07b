using KiotViet.Sandbox.Auth;
using KiotViet.Sandbox.Controls;
using KiotViet.Sandbox.Data;
using KiotViet.Sandbox.Webhooks;

namespace KiotViet.Sandbox;

/// <summary>Everything one running sandbox holds: the shop data (swapped on reset), tokens and the test controls' state.</summary>
internal sealed class SandboxState
{
    private ShopData data;

    public SandboxState(SandboxOptions options, TimeProvider clock)
    {
        Options = options;
        Clock = clock;
        data = ShopData.Seed(options, clock);
        Tokens = new TokenStore(options, clock);
        Latency = new LatencyRules(options.Latency);
        RateLimiter = new GetRateLimiter(options.GetRequestsPerHour, clock);
        Dispatcher = new WebhookDispatcher(options, clock);
        Webhooks = new WebhookEvents(this);
    }

    public SandboxOptions Options { get; }

    public TimeProvider Clock { get; }

    public ShopData Data => Volatile.Read(ref data);

    public TokenStore Tokens { get; }

    public RequestLog Log { get; } = new();

    public LatencyRules Latency { get; }

    public FaultInjector Faults { get; } = new();

    public GarbageRules Garbage { get; } = new();

    public OutageRule Outage { get; } = new();
    public FaultMixer FaultMix { get; } = new();

    public GetRateLimiter RateLimiter { get; }

    public PagingMutation Mutation { get; } = new();

    public WebhookDispatcher Dispatcher { get; }

    public WebhookEvents Webhooks { get; }

    public void Reseed() => Volatile.Write(ref data, ShopData.Seed(Options, Clock));
}
