using System.Diagnostics;
using System.Net;

namespace KiotViet.Sandbox.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public void Every_option_reaches_the_sandbox_options()
    {
        var command = CommandLine.Parse(new[]
        {
            "--urls", "http://127.0.0.1:0", "--seed", "7", "--customers", "100000", "--invoices", "9", "--retailer", "taphoaxyz",
            "--client-id", "id1", "--client-secret", "s3", "--token-lifetime", "60", "--get-limit", "10", "--validation-status", "420", "--latency", "150",
        });

        var o = command.Options;
        Assert.Equal("http://127.0.0.1:0", command.Url);
        Assert.Equal((7, 100000, 9, "taphoaxyz", "id1", "s3"), (o.Seed, o.CustomerCount, o.InvoiceCount, o.Retailer, o.ClientId, o.ClientSecret));
        Assert.Equal((TimeSpan.FromSeconds(60), 10, 420, TimeSpan.FromMilliseconds(150)), (o.TokenLifetime, o.GetRequestsPerHour, o.ValidationStatusCode, o.Latency));
    }

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://*:5080")]
    [InlineData("http://+:5080")]
    [InlineData("http://192.168.1.20:5080")]
    public void Non_loopback_addresses_are_refused_unless_allowed(string url)
    {
        var error = Assert.Throws<ArgumentException>(() => CommandLine.Parse(new[] { "--urls", url }));

        Assert.Contains("--allow-remote", error.Message);
        Assert.True(CommandLine.Parse(new[] { "--urls", url, "--allow-remote" }).AllowRemote);
    }

    [Theory]
    [InlineData("http://localhost:5080")]
    [InlineData("http://[::1]:5080")]
    [InlineData("http://127.0.0.2:5080")]
    public void Loopback_addresses_are_accepted(string url) => Assert.Equal(url, CommandLine.Parse(new[] { "--urls", url }).Url);

    [Theory]
    [InlineData("--customers", "many")]
    [InlineData("--frobnicate", "1")]
    [InlineData("--seed", null)]
    public void Bad_arguments_are_explained(string name, string? value)
    {
        var args = value is null ? new[] { name } : new[] { name, value };

        Assert.Contains(name, Assert.Throws<ArgumentException>(() => CommandLine.Parse(args)).Message);
    }

    [Fact]
    public async Task The_executable_prints_the_demo_shop_and_serves_on_a_free_port()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "KiotViet.Sandbox.dll"), "--urls", "http://127.0.0.1:0", "--customers", "12" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        try
        {
            var banner = new List<string>();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line && !line.StartsWith("Press Ctrl+C", StringComparison.Ordinal))
            {
                banner.Add(line);
            }

            var api = banner[0].Split(' ')[^1];
            Assert.Contains(banner, l => l.Contains("sandbox-client-secret", StringComparison.Ordinal));
            Assert.Contains(banner, l => l.StartsWith($"Connect-KiotViet -Retailer demoshop -ClientId sandbox-client-id -ClientSecret (ConvertTo-SecureString sandbox-client-secret -AsPlainText -Force) -ApiBaseUri {api} -TokenUri {api}/connect/token", StringComparison.Ordinal));
            using var http = new HttpClient();
            using var token = await http.PostAsync($"{api}/connect/token", ApiClient.TokenForm("sandbox-client-id", "sandbox-client-secret"));
            Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        }
        finally
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task A_busy_port_is_one_line_that_says_so_and_no_stack_trace()
    {
        using var busy = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)busy.LocalEndpoint).Port}";
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "KiotViet.Sandbox.dll"), "--urls", url, "--customers", "5" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        try
        {
            using var hangGuard = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            var stdout = process.StandardOutput.ReadToEndAsync(hangGuard.Token);
            var stderr = await process.StandardError.ReadToEndAsync(hangGuard.Token);
            await process.WaitForExitAsync(hangGuard.Token);

            Assert.Equal(3, process.ExitCode);
            Assert.Equal("", await stdout);
            var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            Assert.StartsWith($"The sandbox cannot listen on {url}: another program", line);
            Assert.Contains("--urls", line);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
                await process.WaitForExitAsync();
            }
        }
    }
}
