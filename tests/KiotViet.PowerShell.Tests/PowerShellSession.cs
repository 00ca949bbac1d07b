using System.Collections.ObjectModel;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace KiotViet.PowerShell.Tests;

/// <summary>A real PowerShell runspace with the staged module imported, as a user would have it.</summary>
public sealed class PowerShellSession : IDisposable
{
    private readonly Runspace runspace;

    public PowerShellSession(bool importModule = true)
    {
        var state = InitialSessionState.CreateDefault2();
        runspace = RunspaceFactory.CreateRunspace(state);
        runspace.Open();

        // Kept for existing tests; ConvertTo-SecureString works as well now that the full SDK hosts the engine.
        Run("function global:New-SecureText([string] $Text) { $s = [securestring]::new(); foreach ($c in $Text.ToCharArray()) { $s.AppendChar($c) }; $s.MakeReadOnly(); $s }");
        if (importModule)
        {
            Run($"Import-Module '{ModuleManifestPath}' -ErrorAction Stop");
        }
    }

    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>out/ for Release, out/&lt;Configuration&gt;/ otherwise: where this configuration's build staged the module and package.</summary>
    public static string OutRoot { get; } = typeof(PowerShellSession).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
        .Cast<System.Reflection.AssemblyMetadataAttribute>().Single(a => a.Key == "KvOutRoot").Value!;

    /// <summary>The staged module folder, out[/&lt;Configuration&gt;]/KiotViet.</summary>
    public static string ModuleFolder => Path.Combine(OutRoot, "KiotViet");

    public static string ModuleManifestPath => Path.Combine(ModuleFolder, "KiotViet.psd1");

    public Runspace Runspace => runspace;

    /// <summary>Runs a script; returns its output and everything written to the other streams.</summary>
    public ScriptResult Run(string script, IDictionary<string, object?>? variables = null)
    {
        using var shell = System.Management.Automation.PowerShell.Create();
        shell.Runspace = runspace;
        foreach (var (name, value) in variables ?? new Dictionary<string, object?>())
        {
            shell.Runspace.SessionStateProxy.SetVariable(name, value);
        }

        shell.AddScript(script);
        Collection<PSObject> output;
        Exception? terminating = null;
        try
        {
            output = shell.Invoke();
        }
        catch (RuntimeException ex)
        {
            output = new Collection<PSObject>();
            terminating = ex;
        }

        return new ScriptResult(output, shell.Streams, terminating);
    }

    /// <summary>
    /// Runs a script inside try/catch, the way a script notices a terminating error (a statement-terminating error
    /// stops the statement but not the script, and lands in the error stream like any other).
    /// </summary>
    public ScriptResult RunCatching(string script, IDictionary<string, object?>? variables = null)
    {
        var result = Run("$global:kvCaught = $null\ntry {\n" + script + "\n} catch { $global:kvCaught = $_ }", variables);
        result.Caught = runspace.SessionStateProxy.GetVariable("kvCaught") as ErrorRecord;
        return result;
    }

    public void Dispose() => runspace.Dispose();

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KiotViet.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("KiotViet.sln not found above the test output folder.");
    }
}

public sealed class ScriptResult
{
    public ScriptResult(Collection<PSObject> output, PSDataStreams streams, Exception? terminating)
    {
        Output = output;
        Errors = streams.Error.ToList();
        Verbose = streams.Verbose.Select(v => v.Message).ToList();
        Debug = streams.Debug.Select(v => v.Message).ToList();
        Warnings = streams.Warning.Select(v => v.Message).ToList();
        Information = streams.Information.Select(i => i.MessageData?.ToString() ?? "").ToList();
        Progress = streams.Progress.ToList();
        Terminating = terminating;
    }

    public Collection<PSObject> Output { get; }

    public List<ErrorRecord> Errors { get; }

    public List<string> Verbose { get; }

    public List<string> Debug { get; }

    public List<string> Warnings { get; }

    public List<string> Information { get; }

    public List<ProgressRecord> Progress { get; }

    public Exception? Terminating { get; }

    /// <summary>The terminating error a RunCatching script caught, if any.</summary>
    public ErrorRecord? Caught { get; set; }

    /// <summary>Everything a user could see, in one string, for "this must never appear" checks.</summary>
    public string AllText() => string.Join("\n", Output.Select(o => o?.ToString()).Concat(Errors.Select(e => e.ToString() + " " + e.ErrorDetails?.Message + " " + e.Exception)).Concat(Verbose).Concat(Debug).Concat(Warnings).Concat(Information).Append(Terminating?.ToString()));

    public ScriptResult ShouldSucceed()
    {
        if (Terminating is not null || Errors.Count > 0)
        {
            throw new Xunit.Sdk.XunitException("Script failed: " + (Terminating?.ToString() ?? string.Join("\n", Errors.Select(e => e.ToString() + " | " + e.FullyQualifiedErrorId))));
        }

        return this;
    }
}
