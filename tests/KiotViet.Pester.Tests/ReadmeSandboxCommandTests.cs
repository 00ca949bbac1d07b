using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Xunit;
using Xunit.Abstractions;

namespace KiotViet.Pester.Tests;

/// <summary>
/// The README's command for a sandbox of one's own (`dotnet run --project src/KiotViet.Sandbox -- --urls …`), typed
/// as written: it prints the credentials the README's connect block uses, that block exports every customer, and
/// Ctrl+C's stand-in (SIGTERM to the process tree) leaves nothing running. The command runs on a free port rather
/// than the README's 5080, which the reader's own sandbox may be using while the tests run.
/// </summary>
[Collection(RealShellCollection.Name)]
public sealed partial class ReadmeSandboxCommandTests
{
    private readonly ITestOutputHelper output;

    public ReadmeSandboxCommandTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void The_sandbox_command_prints_the_credentials_that_the_connect_example_uses()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        var command = SandboxCommand().Match(readme);
        Assert.True(command.Success, "README no longer shows the sandbox command");
        var example = PowerShellBlocks().Matches(readme).Select(m => m.Groups[1].Value).Single(b => b.Contains("-ClientId sandbox-client-id", StringComparison.Ordinal));
        var readmeAddress = command.Groups["url"].Value;
        Assert.Contains($"-ApiBaseUri {readmeAddress} -TokenUri {readmeAddress}/connect/token", example);

        var marker = Guid.NewGuid().ToString("N");
        var banner = new StringBuilder();
        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Repository.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var word in command.Groups[1].Value.Replace(readmeAddress, "http://127.0.0.1:0", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            start.ArgumentList.Add(word);
        }

        start.Environment[Pwsh.RunMarkerVariable] = marker;
        using var sandbox = Process.Start(start)!;
        sandbox.OutputDataReceived += (_, e) =>
        {
            lock (banner) { banner.AppendLine(e.Data); }
            if (e.Data?.StartsWith("Press Ctrl+C", StringComparison.Ordinal) == true) { listening.TrySetResult(banner.ToString()); }
        };
        sandbox.ErrorDataReceived += (_, e) => { lock (banner) { banner.AppendLine(e.Data); } };
        sandbox.EnableRaisingEvents = true;
        sandbox.Exited += (_, _) => listening.TrySetException(new Xunit.Sdk.XunitException($"The sandbox exited with code {sandbox.ExitCode} before it was listening:\n{banner}"));
        sandbox.BeginOutputReadLine();
        sandbox.BeginErrorReadLine();
        try
        {
            // A hang guard only: dotnet run builds the sandbox first.
            Assert.True(listening.Task.Wait(TimeSpan.FromMinutes(5)), "The sandbox never said it was listening:\n" + banner);
            var printed = listening.Task.GetAwaiter().GetResult();
            output.WriteLine(printed);
            Assert.Contains("Client id:      sandbox-client-id", printed);
            Assert.Contains("Client secret:  sandbox-client-secret", printed);
            var address = ListeningOn().Match(printed).Groups[1].Value;
            Assert.NotEqual("http://127.0.0.1:0", address);
            example = example.Replace(readmeAddress, address, StringComparison.Ordinal);

            var work = Directory.CreateTempSubdirectory("kv-readme-sandbox-");
            try
            {
                var script = $"Set-Location '{work.FullName}'\nImport-Module '{Repository.ModuleManifest}'\n{example}\n\"rows=$(@(Import-Csv customers.csv).Count)\"";
                var result = new Pwsh(marker).Run(["-Command", script]);
                output.WriteLine(result.Output);
                Assert.True(result.ExitCode == 0, result.Output);
                Assert.Matches(@"rows=[1-9]\d*", result.Output);
            }
            finally
            {
                work.Delete(recursive: true);
            }
        }
        finally
        {
            sandbox.Kill(entireProcessTree: true);
            sandbox.WaitForExit();
            if (LeftoverProcesses.CanInspect)
            {
                Assert.Empty(LeftoverProcesses.KillAll(marker));
            }
        }
    }

    [GeneratedRegex(@"`dotnet (run --project src/KiotViet\.Sandbox -- --urls (?<url>http://127\.0\.0\.1:\d+))`")]
    private static partial Regex SandboxCommand();

    [GeneratedRegex(@"listening on (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningOn();

    [GeneratedRegex(@"```powershell\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex PowerShellBlocks();
}
