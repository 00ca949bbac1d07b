using System.Runtime.InteropServices;

using Microsoft.AspNetCore.Connections;

namespace KiotViet.Sandbox;

/// <summary>Command-line entry point: starts a sandbox, prints the demo shop and runs until Ctrl+C.</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Contains("--help") || args.Contains("-h"))
        {
            Console.WriteLine(CommandLine.Usage);
            return 0;
        }

        CommandLine command;
        try
        {
            command = CommandLine.Parse(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(CommandLine.Usage);
            return 2;
        }

        SandboxServer server;
        try
        {
            server = await SandboxServer.StartAsync(command.Options, command.Url);
        }
        catch (IOException e) when (e.InnerException is AddressInUseException)
        {
            Console.Error.WriteLine(PortInUse(command.Url));
            return 3;
        }

        await using var _ = server;
        Console.WriteLine(Banner(server));
        var stopped = new TaskCompletionSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stopped.TrySetResult();
        };
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stopped.TrySetResult();
        });
        await stopped.Task;
        return 0;
    }

    /// <summary>One line for a port another process (often a sandbox started earlier) already listens on.</summary>
    internal static string PortInUse(string url) =>
        $"The sandbox cannot listen on {url}: another program (maybe a sandbox started earlier) is using that port. " +
        "Stop it, or choose another port with --urls (http://127.0.0.1:0 picks a free one).";

    private static string Banner(SandboxServer server)
    {
        var o = server.Options;
        var api = server.BaseUri.ToString().TrimEnd('/');
        return $"""
            KiotViet sandbox listening on {api}
              Retailer:       {o.Retailer}
              Client id:      {o.ClientId}
              Client secret:  {o.ClientSecret}
              API base URL:   {api}
              Token URL:      {server.TokenUri}
              F&B API:        {server.FnbBaseUri}  (token: {server.FnbTokenUri}, scope PublicApi.Access.FNB)
              Shop:           {o.CustomerCount} customers, {o.InvoiceCount} invoices, seed {o.Seed}
              Controls:       {api}/_sandbox/ (loopback only)
            Connect-KiotViet -Retailer {o.PrimaryRetailer} -ClientId {o.ClientId} -ClientSecret (ConvertTo-SecureString {o.ClientSecret} -AsPlainText -Force) -ApiBaseUri {api} -TokenUri {server.TokenUri}
            Press Ctrl+C to stop.
            """;
    }
}
