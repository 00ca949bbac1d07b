using KiotViet.HelpBuilder.About;
using KiotViet.HelpBuilder.Commands;
using KiotViet.HelpBuilder.CommandHelpXml;

namespace KiotViet.HelpBuilder;

/// <summary>The markdown help folder: one Verb-Noun.md per cmdlet and about_*.md topics.</summary>
public sealed class HelpSources(string folder)
{
    public IEnumerable<string> CommandFiles => Directory.EnumerateFiles(folder, "*-*.md").Order(StringComparer.Ordinal);

    public IEnumerable<string> AboutFiles => Directory.EnumerateFiles(folder, "about_*.md").Order(StringComparer.Ordinal);

    public IReadOnlyList<CommandHelp> ReadCommands() => CommandFiles.Select(file =>
    {
        var help = WithFileName(file, () => CommandHelpReader.Read(File.ReadAllText(file)));
        return help.Name == Path.GetFileNameWithoutExtension(file)
            ? help
            : throw new HelpFormatException($"{file}: the title '# {help.Name}' does not match the file name.");
    }).ToList();

    public string CommandHelpXml()
    {
        var document = MamlWriter.Write(ReadCommands());
        return document.Declaration + "\n" + document.Root + "\n";
    }

    /// <summary>File name (about_X.help.txt) and text of each about topic.</summary>
    public IEnumerable<(string FileName, string Text)> AboutTopics() => AboutFiles.Select(file =>
        (Path.GetFileNameWithoutExtension(file) + ".help.txt", WithFileName(file, () => AboutTopicWriter.Write(File.ReadAllText(file)))));

    private static T WithFileName<T>(string file, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (HelpFormatException ex)
        {
            throw new HelpFormatException($"{file}: {ex.Message}");
        }
    }
}
