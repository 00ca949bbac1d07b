using Xunit;
using Xunit.Abstractions;

namespace KiotViet.Pester.Tests;

/// <summary>
/// The README's commands, run as a user types them: <c>dotnet run --project tools/KiotViet.Try</c> (dotnet tool
/// restore, then build.ps1 -Task Demo on the repository's pwsh) and build.ps1 -Task Shell, in this build's
/// configuration so the run leaves the Release module alone; and build.ps1's task list typed from bash.
/// </summary>
[Collection(RealShellCollection.Name)]
public sealed class ReadmeCommandTests
{
    private readonly ITestOutputHelper output;

    public ReadmeCommandTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void The_try_command_exports_every_sandbox_customer_to_csv_prints_it_and_stops_the_sandbox()
    {
        var pwsh = new Pwsh(Guid.NewGuid().ToString("N"));
        var result = Run(pwsh, p => p.RunDotnet(["run", "--project", "tools/KiotViet.Try", "--", "-Configuration", Repository.Configuration]));

        var csv = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Repository.ModuleManifest))!, "demo", "customers.csv");
        var lines = File.ReadAllLines(csv);
        Assert.StartsWith("\"Id\",\"Code\",\"Name\"", lines[0].TrimStart('\uFEFF'));
        Assert.Equal(251, lines.Length);
        Assert.Contains(lines[1], result.Output);
        Assert.Contains($"250 customers exported to {csv}", result.Output);
        Assert.Contains("Sandbox stopped.", result.Output);
    }

    [Fact]
    public void Shell_opens_a_pwsh_connected_to_the_sandbox_and_stops_it_on_exit()
    {
        var pwsh = new Pwsh(Guid.NewGuid().ToString("N"));
        var result = Run(pwsh, ["-File", "build.ps1", "-Task", "Shell", "-Configuration", Repository.Configuration], "\"customers=$(@(Get-KvCustomer).Count)\"\nexit\n");

        Assert.Contains("customers=250", result.Output);
        Assert.Contains("Sandbox stopped.", result.Output);
    }

    [Fact]
    public void A_task_list_typed_in_bash_reaches_build_ps1_as_the_tasks_and_an_unknown_task_is_refused()
    {
        var pwsh = new Pwsh(Guid.NewGuid().ToString("N"));

        // bash hands pwsh the words "Bogus," and "Test"; the unknown one is named before anything runs.
        var result = pwsh.Run(["-File", "build.ps1", "-Task", "Bogus,", "Test"]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Unknown task 'Bogus'", result.Output);
        Assert.DoesNotContain("does not belong to the set", result.Output);
        Assert.DoesNotContain("dotnet test", result.Output);
    }

    private PwshResult Run(Pwsh pwsh, string[] arguments, string? input = null) => Run(pwsh, p => p.Run(arguments, input: input));

    private PwshResult Run(Pwsh pwsh, Func<Pwsh, PwshResult> command)
    {
        try
        {
            var result = command(pwsh);
            output.WriteLine(result.Output);
            Assert.True(result.ExitCode == 0, result.Output);
            return result;
        }
        finally
        {
            if (LeftoverProcesses.CanInspect)
            {
                Assert.Empty(LeftoverProcesses.KillAll(pwsh.RunMarker));
            }
        }
    }
}
