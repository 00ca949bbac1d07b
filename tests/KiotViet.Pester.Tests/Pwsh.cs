using System.Diagnostics;
using System.Text;

namespace KiotViet.Pester.Tests;

/// <summary>
/// Runs the repository's own pwsh (the dotnet tool PowerShell 7.6.9, `dotnet tool run pwsh`) as a child process,
/// marked with a run id in its environment so that every process it leaves behind can be found afterwards.
/// </summary>
internal sealed class Pwsh
{
    public const string RunMarkerVariable = "KIOTVIET_TEST_RUN";

    public Pwsh(string runMarker) => RunMarker = runMarker;

    public string RunMarker { get; }

    public Dictionary<string, string?> Environment { get; } = new();

    public string WorkingDirectory { get; set; } = Repository.Root;

    /// <summary>Runs pwsh with the arguments and waits for it; the guard only kills a hung run, it asserts nothing about time.</summary>
    public PwshResult Run(IEnumerable<string> arguments, TimeSpan? hangGuard = null, string? input = null) =>
        RunDotnet(new[] { "tool", "run", "pwsh", "--", "-NoProfile", "-NonInteractive" }.Concat(arguments), hangGuard, input);

    /// <summary>Runs <c>dotnet</c> with the arguments (a README command such as <c>dotnet run --project …</c>), marked as this run's.</summary>
    public PwshResult RunDotnet(IEnumerable<string> arguments, TimeSpan? hangGuard = null, string? input = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment[RunMarkerVariable] = RunMarker;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["POWERSHELL_TELEMETRY_OPTOUT"] = "1";
        start.Environment["POWERSHELL_UPDATECHECK"] = "Off";
        start.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in Environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        if (input is not null)
        {
            process.StandardInput.Write(input);
        }

        process.StandardInput.Close();
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(hangGuard ?? TimeSpan.FromMinutes(15)))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new Xunit.Sdk.XunitException($"dotnet {string.Join(' ', start.ArgumentList)} hung and was killed. Output so far:\n" + output);
        }

        process.WaitForExit(); // drains the redirected streams
        return new PwshResult(process.ExitCode, output.ToString());
    }
}

internal sealed record PwshResult(int ExitCode, string Output);
