using System.Management.Automation;
using Xunit;
using Xunit.Abstractions;

namespace KiotViet.PowerShell.Tests;

/// <summary>A bulk write run in a session: what it wrote to the streams, and the module's summary of its rows.</summary>
internal sealed record BulkRun(ScriptResult Result, BulkOutcomes Summary)
{
    /// <summary>Runs a script whose write cmdlet has -InformationVariable kvInfo, and reads the summary it wrote.</summary>
    public static BulkRun Of(PowerShellSession shell, string script, IDictionary<string, object?>? variables = null)
    {
        var result = shell.Run(script + "\n$global:kvSummary = ($kvInfo | Where-Object { $_.Tags -contains 'KiotViet.Summary' }).MessageData", variables);
        var summary = shell.Runspace.SessionStateProxy.GetVariable("kvSummary");
        Assert.True(summary is not null, "No summary: " + result.AllText()[..Math.Min(3000, result.AllText().Length)]);
        var counts = PSObject.AsPSObject(summary);
        int Count(string name) => (int)counts.Properties[name].Value;
        return new BulkRun(result, new BulkOutcomes(Count("Written"), Count("SkippedExisting"), Count("Refused"), Count("Failed"), Count("Rows"), counts.ToString()));
    }

    public int ReconciledAsApplied => Result.Verbose.Count(v => v.Contains("only its answer was lost"));

    public int ResentAsNotApplied => Result.Verbose.Count(v => v.Contains("sending it again ("));

    /// <summary>Prints the run's outcomes and the faults met, for the test log.</summary>
    public void Report(ITestOutputHelper output, string what, IReadOnlyDictionary<string, int> injected, TimeSpan? elapsed)
    {
        var faults = string.Join(", ", injected.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}"));
        output.WriteLine($"{what}: {Summary}{(elapsed is { } e ? $" in {e.TotalSeconds:0.0} s" : "")}; faults so far: {faults}; " +
            $"reconciled as applied: {ReconciledAsApplied}, resent as not applied: {ResentAsNotApplied}");
    }
}

/// <summary>The module's BulkWriteSummary, read through PowerShell (the module's assembly is loaded by the session, not referenced).</summary>
internal sealed record BulkOutcomes(int Written, int SkippedExisting, int Refused, int Failed, int Rows, string Text)
{
    public override string ToString() => Text;
}
