namespace KiotViet.Sandbox.Http;

/// <summary>Runs the endpoint into memory, so that an answer can be served differently from how it was produced.</summary>
internal static class ResponseBuffer
{
    public static async Task<byte[]> CaptureAsync(HttpContext context, Func<Task> produce)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await produce();
        }
        finally
        {
            context.Response.Body = original;
        }

        return buffer.ToArray();
    }
}
