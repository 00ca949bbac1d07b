namespace KiotViet.Sandbox.Http;

/// <summary>Serves a buffered answer badly: half the body, then either a pause and the rest (slow) or an abort (truncated).</summary>
internal static class FaultyBody
{
    public static async Task<int> ServeAsync(HttpContext context, SandboxFault fault, Func<Task> produce)
    {
        var bytes = await BufferedAnswer.CaptureAsync(context, produce);
        var original = context.Response.Body;
        var half = bytes.Length / 2;
        context.Response.ContentLength = bytes.Length;
        await original.WriteAsync(bytes.AsMemory(0, half), context.RequestAborted);
        await original.FlushAsync(context.RequestAborted);
        if (fault.Kind == SandboxFaultKind.TruncatedBody)
        {
            context.Abort();
            return context.Response.StatusCode;
        }

        await Task.Delay(fault.Delay, context.RequestAborted);
        await original.WriteAsync(bytes.AsMemory(half), context.RequestAborted);
        return context.Response.StatusCode;
    }
}
