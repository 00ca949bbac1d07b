using System.Globalization;
using KiotViet.Sandbox.Auth;

namespace KiotViet.Sandbox.Http;

/// <summary>
/// What happens before an endpoint runs, in the order a real client would notice it:
/// latency, injected faults, the Retailer/bearer checks, the GET rate limit; every answer is logged.
/// </summary>
internal static class SandboxPipeline
{
    public const int DroppedStatus = 0;

    public static async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var state = context.RequestServices.GetRequiredService<SandboxState>();
        var path = context.Request.Path.Value ?? "/";
        var kind = SandboxRoutes.Classify(path);
        if (kind == RouteKind.Control)
        {
            await ControlAsync(context, next);
            return;
        }

        var status = DroppedStatus;
        using var serving = state.Log.Serving();
        try
        {
            status = await ServeAsync(context, next, state, path, kind);
        }
        finally
        {
            state.Log.Add(new SandboxRequest(context.Request.Method, path, context.Request.QueryString.Value ?? string.Empty, status, state.Clock.GetUtcNow()));
        }
    }

    private static async Task ControlAsync(HttpContext context, RequestDelegate next)
    {
        var remote = context.Connection.RemoteIpAddress;
        if (remote is not null && !System.Net.IPAddress.IsLoopback(remote))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        await next(context);
    }

    private static async Task<int> ServeAsync(HttpContext context, RequestDelegate next, SandboxState state, string path, RouteKind kind)
    {
        var delay = state.Latency.DelayFor(path);
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, state.Clock, context.RequestAborted);
        }

        if (state.Outage.Take(state.Clock.GetUtcNow()) is { } outage)
        {
            if (outage.Drop)
            {
                context.Abort();
                return DroppedStatus;
            }

            if (outage.RetryAfterSeconds is { } wait)
            {
                context.Response.Headers.RetryAfter = wait.ToString(CultureInfo.InvariantCulture);
            }

            await ApiErrors.Envelope(outage.StatusCode, "SandboxOutage", "The service is unavailable (sandbox outage).").ExecuteAsync(context);
            return outage.StatusCode;
        }

        var fault = state.Faults.Take(context.Request.Method, path, kind == RouteKind.Token)
            ?? (kind == RouteKind.Token ? null : state.FaultMix.Draw(context.Request.Method, path));
        switch (fault?.Kind)
        {
            case SandboxFaultKind.Status:
                if (fault.RetryAfterSeconds is { } retryAfter)
                {
                    context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
                }

                await ApiErrors.Envelope(fault.StatusCode, "SandboxFault", $"Injected fault {fault.StatusCode}.").ExecuteAsync(context);
                return fault.StatusCode;
            case SandboxFaultKind.DropConnection:
                context.Abort();
                return DroppedStatus;
            case SandboxFaultKind.SlowBody or SandboxFaultKind.TruncatedBody:
                return await FaultyBody.ServeAsync(context, fault, () => GuardedAsync(context, next, state, kind));
            case SandboxFaultKind.DropAfterCommit or SandboxFaultKind.StatusAfterCommit:
                return await LostAnswer.ServeAsync(context, fault, () => GuardedAsync(context, next, state, kind));
            case SandboxFaultKind.ExpireTokens:
                state.Tokens.ExpireAll();
                await GuardedAsync(context, next, state, kind);
                return context.Response.StatusCode;
            default:
                await GuardedAsync(context, next, state, kind);
                return context.Response.StatusCode;
        }
    }

    private static async Task GuardedAsync(HttpContext context, RequestDelegate next, SandboxState state, RouteKind kind)
    {
        if (kind != RouteKind.Token)
        {
            var refusal = ApiGuard.Check(context, state, kind == RouteKind.FnbApi ? Edition.Fnb : Edition.Retail) ?? RateLimit(context, state);
            if (refusal is not null)
            {
                await refusal.ExecuteAsync(context);
                return;
            }
        }

        if (kind != RouteKind.Token && state.Garbage.Take(context.Request.Method, context.Request.Path.Value ?? "/") is { } garbage)
        {
            await GarbageAnswer.ServeAsync(context, () => next(context), garbage);
            return;
        }

        await next(context);
    }

    private static IResult? RateLimit(HttpContext context, SandboxState state)
    {
        if (!HttpMethods.IsGet(context.Request.Method) || state.RateLimiter.TryAcquire() is not { } wait)
        {
            return null;
        }

        if (state.Options.SendRetryAfter)
        {
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        return ApiErrors.Envelope(state.Options.RateLimitStatusCode, "RateLimitException", "Vượt quá giới hạn 5000 request GET mỗi giờ.");
    }
}
