using System.Text;

namespace KiotViet.Sandbox.Http;

/// <summary>
/// Executes a request for real (a write is saved) and loses its answer: the connection is aborted, or a gateway's
/// 502/504 page is sent instead. The client cannot tell these from a failure before the commit.
/// </summary>
internal static class LostAnswer
{
    public static async Task<int> ServeAsync(HttpContext context, SandboxFault fault, Func<Task> execute)
    {
        await BufferedAnswer.CaptureAsync(context, execute); // executed for real; its answer never leaves the server
        if (fault.Kind == SandboxFaultKind.DropAfterCommit)
        {
            context.Abort();
            return SandboxPipeline.DroppedStatus;
        }

        context.Response.Clear();
        context.Response.StatusCode = fault.StatusCode;
        context.Response.ContentType = "text/html; charset=utf-8";
        var reason = fault.StatusCode == StatusCodes.Status504GatewayTimeout ? "Gateway Time-out" : "Bad Gateway";
        await context.Response.WriteAsync($"<html><head><title>{fault.StatusCode} {reason}</title></head><body><h1>{fault.StatusCode} {reason}</h1></body></html>", Encoding.UTF8, context.RequestAborted);
        return fault.StatusCode;
    }
}
