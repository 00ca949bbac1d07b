namespace KiotViet.Sandbox.Http;

/// <summary>Runs an endpoint with its answer kept in memory, so a fault can decide what the client gets of it.</summary>
internal static class BufferedAnswer
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
