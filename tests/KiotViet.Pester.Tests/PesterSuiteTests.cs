using System.Text.Json;
using Xunit;
using Xunit.Abstractions;

namespace KiotViet.Pester.Tests;

/// <summary>
/// Each tests/pester/*.Tests.ps1 suite, run by Pester on the real pwsh against the staged module of this build:
/// prints Pester's counts, fails with each failed It's name and message, and checks that the suite left no process
/// behind (no sandbox server, nothing else started under this run's marker).
/// </summary>
[Collection(RealShellCollection.Name)]
public sealed class PesterSuiteTests
{
    private readonly ITestOutputHelper output;

    public PesterSuiteTests(ITestOutputHelper output) => this.output = output;

    public static TheoryData<string> Suites => new(Directory.EnumerateFiles(Repository.PesterFolder, "*.Tests.ps1").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Suites))]
    public void Suite_passes_on_real_pwsh_and_leaves_no_process_behind(string suite)
    {
        var summaryPath = Path.Combine(Path.GetTempPath(), $"kv-pester-{Guid.NewGuid():N}.json");
        var pwsh = new Pwsh(Guid.NewGuid().ToString("N"));
        pwsh.Environment["KIOTVIET_MODULE_MANIFEST"] = Repository.ModuleManifest;
        pwsh.Environment["KIOTVIET_SANDBOX_DLL"] = Repository.SandboxAssembly;
        pwsh.Environment["KIOTVIET_PACKAGE_FOLDER"] = Repository.PackageFolder;
        try
        {
            var result = pwsh.Run(["-File", Path.Combine(Repository.PesterFolder, "Invoke-PesterSuite.ps1"), "-PesterModule", Repository.PesterModule, "-Path", Path.Combine(Repository.PesterFolder, suite), "-SummaryPath", summaryPath]);
            output.WriteLine(result.Output);
            Assert.True(File.Exists(summaryPath), $"Pester wrote no summary (exit code {result.ExitCode}):\n{result.Output}");

            var summary = JsonSerializer.Deserialize<PesterSummary>(File.ReadAllText(summaryPath))!;
            output.WriteLine($"{suite}: {summary.Passed} passed, {summary.Failed} failed, {summary.Skipped} skipped, {summary.NotRun} not run");
            var failures = string.Join("\n\n", (summary.Failures ?? []).Select(f => $"{f.Name}\n  {f.Message}"));
            Assert.True(summary.Result == "Passed" && result.ExitCode == 0, $"{suite}: {summary.Failed} failed, {summary.FailedBlocks} failed block(s), {summary.FailedContainers} failed container(s)\n{failures}");
            Assert.True(summary.Passed > 0, $"{suite} ran no test");
        }
        finally
        {
            File.Delete(summaryPath);
            if (LeftoverProcesses.CanInspect)
            {
                // Killed first, so a leak fails this test instead of holding CI's output open.
                Assert.Empty(LeftoverProcesses.KillAll(pwsh.RunMarker));
            }
        }
    }

    private sealed record PesterSummary(string Result, int Passed, int Failed, int Skipped, int NotRun, int FailedBlocks, int FailedContainers, PesterFailure[]? Failures);

    private sealed record PesterFailure(string Name, string Message);
}
