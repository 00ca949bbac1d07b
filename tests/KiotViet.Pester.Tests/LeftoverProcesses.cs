namespace KiotViet.Pester.Tests;

/// <summary>Finds processes that carry a run's marker in their environment (Linux: /proc/&lt;pid&gt;/environ).</summary>
internal static class LeftoverProcesses
{
    public static bool CanInspect => Directory.Exists("/proc/self") && File.Exists("/proc/self/environ");

    public static IReadOnlyList<string> Find(string runMarker)
    {
        var marker = $"{Pwsh.RunMarkerVariable}={runMarker}";
        var found = new List<string>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || pid == System.Environment.ProcessId)
            {
                continue;
            }

            try
            {
                var environment = File.ReadAllText(Path.Combine(dir, "environ")).Split('\0');
                if (environment.Contains(marker))
                {
                    found.Add($"{pid}: {File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ').Trim()}");
                }
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
            catch (UnauthorizedAccessException)
            {
                // Not ours.
            }
        }

        return found;
    }

    /// <summary>Kills every process carrying the marker (each was started by this run) and says which they were.</summary>
    public static IReadOnlyList<string> KillAll(string runMarker)
    {
        var found = Find(runMarker);
        foreach (var line in found)
        {
            try
            {
                using var process = System.Diagnostics.Process.GetProcessById(int.Parse(line[..line.IndexOf(':')]));
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }
            catch (ArgumentException)
            {
                // Already gone.
            }
        }

        return found;
    }
}
