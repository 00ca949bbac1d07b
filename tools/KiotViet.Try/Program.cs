using System.Diagnostics;
using System.Reflection;

// dotnet run --project tools/KiotViet.Try [-- shell] [-- -Configuration Debug]
var root = typeof(Program).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;
var task = args.Any(a => a.Equals("shell", StringComparison.OrdinalIgnoreCase)) ? "Shell" : "Demo";
var buildArguments = args.Where(a => !a.Equals("shell", StringComparison.OrdinalIgnoreCase));

var restored = Run(["tool", "restore"]);
return restored != 0 ? restored : Run(["pwsh", Path.Combine(root, "build.ps1"), "-Task", task, .. buildArguments]);

int Run(string[] arguments)
{
    Console.WriteLine($"> dotnet {string.Join(' ', arguments)}");
    var start = new ProcessStartInfo("dotnet") { WorkingDirectory = root };
    foreach (var argument in arguments)
    {
        start.ArgumentList.Add(argument);
    }

    using var process = Process.Start(start)!;
    process.WaitForExit();
    return process.ExitCode;
}

internal partial class Program;
