using KiotViet.HelpBuilder;

// Usage: KiotViet.HelpBuilder <markdown folder> --command-help <folder>... --about-help <folder>
// Writes KiotViet.PowerShell.dll-Help.xml into every --command-help folder and about_*.help.txt into --about-help.
const string CommandHelpFileName = "KiotViet.PowerShell.dll-Help.xml";

if (args.Length < 3 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("Usage: KiotViet.HelpBuilder <markdown folder> --command-help <folder> [--command-help <folder>] --about-help <folder>");
    return 2;
}

var commandHelpFolders = new List<string>();
var aboutHelpFolders = new List<string>();
for (var i = 1; i + 1 < args.Length; i += 2)
{
    (args[i] switch
    {
        "--command-help" => commandHelpFolders,
        "--about-help" => aboutHelpFolders,
        _ => throw new ArgumentException($"Unknown option {args[i]}."),
    }).Add(args[i + 1]);
}

try
{
    var sources = new HelpSources(args[0]);
    var commandHelp = sources.CommandHelpXml();
    foreach (var folder in commandHelpFolders)
    {
        OutputFile.WriteIfChanged(Path.Combine(folder, CommandHelpFileName), commandHelp);
    }

    foreach (var (fileName, text) in sources.AboutTopics())
    {
        foreach (var folder in aboutHelpFolders)
        {
            OutputFile.WriteIfChanged(Path.Combine(folder, fileName), text);
        }
    }

    Console.WriteLine($"KiotViet help: {sources.CommandFiles.Count()} cmdlets, {sources.AboutFiles.Count()} about topics.");
    return 0;
}
catch (HelpFormatException ex)
{
    // MSBuild shows "error :" lines as build errors.
    Console.Error.WriteLine($"error KVHELP1: {ex.Message}");
    return 1;
}
