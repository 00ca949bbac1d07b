using System.Text.Json;
using KiotViet.Sandbox.Http;

namespace KiotViet.Sandbox.Controls;

/// <summary>The test controls over HTTP under /_sandbox/ (loopback only, no auth). Bodies are JSON, names case-insensitive.</summary>
internal static class ControlRoutes
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Map(IEndpointRouteBuilder app)
    {
        var controls = app.MapGroup(SandboxRoutes.ControlPrefix);
        controls.MapPost("/reset", (SandboxControls c) => Done(c.Reset));
        controls.MapPost("/latency", async (HttpRequest r, SandboxControls c) =>
            await Read<LatencyRequest>(r) is { } body ? Done(() => c.SetLatency(TimeSpan.FromMilliseconds(body.FixedMs), TimeSpan.FromMilliseconds(body.JitterMs), body.Path)) : BadBody());
        controls.MapPost("/faults", async (HttpRequest r, SandboxControls c) =>
            await Read<FaultRequest>(r) is { } body && body.ToFault() is { } fault ? Done(() => c.InjectFault(fault)) : BadBody());
        controls.MapDelete("/faults", (SandboxControls c) => Done(c.ClearFaults));
        controls.MapPost("/outage", async (HttpRequest r, SandboxControls c) =>
            await Read<OutageRequest>(r) is { Seconds: > 0 } body ? Done(() => c.StartOutage(body.ToOutage())) : BadBody());
        controls.MapDelete("/outage", (SandboxControls c) => Done(c.EndOutage));
        controls.MapGet("/outage", (SandboxControls c) => Results.Json(new { answered = c.OutageAnswers }, Json));
        controls.MapPost("/garbage", async (HttpRequest r, SandboxControls c) =>
            await Read<GarbageRequest>(r) is { } body && body.ToGarbage() is { } garbage ? Done(() => c.ServeGarbage(garbage)) : BadBody());
        controls.MapDelete("/garbage", (SandboxControls c) => Done(c.ClearGarbage));
        controls.MapPost("/faultmix", async (HttpRequest r, SandboxControls c) =>
            await Read<SandboxFaultMix>(r) is { } mix ? Done(() => c.SetFaultMix(mix)) : BadBody());
        controls.MapGet("/faultmix", (SandboxControls c) => Results.Json(new { injected = c.FaultsInjectedByMix }, Json));
        controls.MapDelete("/faultmix", (SandboxControls c) => Done(() => c.SetFaultMix(null)));
        controls.MapGet("/counters", Counters);
        controls.MapDelete("/counters", (SandboxControls c) => Done(c.ResetCounters));
        controls.MapPost("/tokens/expire", (SandboxControls c) => Done(c.ExpireAllTokens));
        controls.MapPost("/tokens/lifetime", async (HttpRequest r, SandboxControls c) =>
            await Read<LifetimeRequest>(r) is { } body ? Done(() => c.SetTokenLifetime(TimeSpan.FromSeconds(body.Seconds))) : BadBody());
        controls.MapPost("/ratelimit", async (HttpRequest r, SandboxControls c) =>
            await Read<RateLimitRequest>(r) is { } body ? Done(() => c.SetGetRateLimit(body.PerHour)) : BadBody());
        controls.MapPost("/mutations", async (HttpRequest r, SandboxControls c) =>
            await Read<MutationRequest>(r) is { } body ? Done(() => c.MutateCustomersDuringPaging(body.AfterListRequests, body.Insert, body.Delete)) : BadBody());
        controls.MapPost("/events/{type}", FireAsync);
        controls.MapGet("/webhooks/deliveries", (SandboxControls c) => Results.Json(c.WebhookDeliveries.Select(d => new
        {
            d.WebhookId, d.Type, d.Url, d.NotificationId, d.Attempt, d.Signature, d.Status, d.Error, d.Time, Body = System.Text.Encoding.UTF8.GetString(d.Body),
        }), Json));
    }

    private static IResult Counters(string? method, string? path, SandboxControls controls)
    {
        if (method is not null && path is not null)
        {
            return Results.Json(new { method, path, count = controls.RequestCount(method, path) }, Json);
        }

        var requests = controls.Requests;
        var byRoute = requests.GroupBy(r => $"{r.Method} {r.Path}").ToDictionary(g => g.Key, g => g.Count());
        return Results.Json(new { total = requests.Count, inFlight = controls.RequestsInFlight, mostInFlight = controls.MostRequestsInFlight, byRoute, requests }, Json);
    }

    private static async Task<IResult> FireAsync(string type, SandboxControls controls, CancellationToken ct)
    {
        try
        {
            await controls.FireWebhookEventAsync(type, ct);
            return Results.Json(new { fired = type, deliveries = controls.WebhookDeliveries.Count(d => d.Type == type) }, Json);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return Results.Json(new { error = e.Message }, Json, statusCode: StatusCodes.Status400BadRequest);
        }
    }

    private static async Task<T?> Read<T>(HttpRequest request)
        where T : class
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, Json, request.HttpContext.RequestAborted);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IResult Done(Action action)
    {
        action();
        return Results.Json(new { ok = true }, Json);
    }

    private static IResult BadBody() => Results.Json(new { error = "The JSON body is missing or malformed; see the sandbox README." }, Json, statusCode: StatusCodes.Status400BadRequest);

    /// <summary>{"kind":"missingIds","path":"/customers","count":null}; count null = without end.</summary>
    private sealed record GarbageRequest(string Kind, string Path = "/customers", int? Count = null)
    {
        public SandboxGarbage? ToGarbage() => Enum.TryParse<SandboxGarbageKind>(Kind, ignoreCase: true, out var kind) && Enum.IsDefined(kind)
            ? new SandboxGarbage(kind, Path, Count)
            : null;
    }

    private sealed record LatencyRequest(double FixedMs, double JitterMs = 0, string? Path = null);

    private sealed record LifetimeRequest(double Seconds);

    private sealed record OutageRequest(double Seconds, int AfterRequests = 0, int Status = 503, bool Drop = false, int? RetryAfterSeconds = null)
    {
        public SandboxOutage ToOutage() => new(TimeSpan.FromSeconds(Seconds), AfterRequests, Status, Drop, RetryAfterSeconds);
    }

    private sealed record RateLimitRequest(int PerHour);

    private sealed record MutationRequest(int AfterListRequests, int Insert, int Delete);

    /// <summary>{"kind":"status|dropConnection|slowBody|truncatedBody|dropAfterCommit|statusAfterCommit|expireTokens","statusCode":503,"method":"GET","path":"/customers","count":2,"rate":1,"retryAfterSeconds":1,"delayMs":500}; count null = without end.</summary>
    private sealed record FaultRequest(string Kind, int StatusCode = 500, string? Method = null, string? Path = null, int? Count = 1, double Rate = 1.0, int? RetryAfterSeconds = null, double DelayMs = 0)
    {
        public SandboxFault? ToFault() => Enum.TryParse<SandboxFaultKind>(Kind, ignoreCase: true, out var kind)
            ? new SandboxFault(kind, Method, Path, Count, Rate, StatusCode, RetryAfterSeconds, TimeSpan.FromMilliseconds(DelayMs))
            : null;
    }
}
