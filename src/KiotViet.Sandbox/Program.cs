namespace KiotViet.Sandbox;

/// <summary>Command-line entry point: starts a sandbox and prints the demo shop.</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions(), args.SkipWhile(a => a != "--urls").Skip(1).FirstOrDefault() ?? "http://127.0.0.1:5080");
        Console.WriteLine($"KiotViet sandbox listening on {server.BaseUri}");
        var done = new TaskCompletionSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; done.TrySetResult(); };
        await done.Task;
        return 0;
    }
}
