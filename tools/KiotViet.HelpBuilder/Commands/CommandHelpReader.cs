using KiotViet.HelpBuilder.Markdown;

namespace KiotViet.HelpBuilder.Commands;

/// <summary>Reads one cmdlet's platyPS-layout markdown file, checking the layout as it goes.</summary>
public static class CommandHelpReader
{
    public static CommandHelp Read(string markdown)
    {
        var blocks = MarkdownParser.Parse(markdown);
        var title = blocks.OfType<Heading>().FirstOrDefault(h => h.Level == 1)
            ?? throw new HelpFormatException("the file needs a '# Verb-Noun' title.");
        var sections = MarkdownSections.Split(blocks, 2).ToDictionary(s => s.Heading.Text.ToUpperInvariant(), s => s.Blocks);

        IReadOnlyList<MarkdownBlock> Section(string name) => sections.TryGetValue(name, out var section)
            ? section
            : throw new HelpFormatException($"the '## {name}' section is missing.");

        var synopsis = string.Join(" ", MarkdownSections.Prose(Section("SYNOPSIS")));
        var description = MarkdownSections.Prose(Section("DESCRIPTION"));
        if (synopsis.Length == 0 || description.Count == 0)
        {
            throw new HelpFormatException("SYNOPSIS and DESCRIPTION must not be empty.");
        }

        return new CommandHelp(
            Name: title.Text,
            Synopsis: synopsis,
            Description: description,
            ParameterSets: ReadSyntax(Section("SYNTAX")),
            Parameters: ReadParameters(Section("PARAMETERS")),
            Examples: ReadExamples(Section("EXAMPLES")),
            Inputs: ReadTypes(Section("INPUTS")),
            Outputs: ReadTypes(Section("OUTPUTS")),
            Notes: MarkdownSections.Prose(Section("NOTES")),
            RelatedLinks: ReadLinks(Section("RELATED LINKS")));
    }

    private static IReadOnlyList<ParameterSetSyntax> ReadSyntax(IReadOnlyList<MarkdownBlock> blocks)
    {
        var sets = MarkdownSections.Split(blocks, 3)
            .Select(s => s.Heading.Text.EndsWith("(Default)", StringComparison.OrdinalIgnoreCase)
                ? new ParameterSetSyntax(s.Heading.Text[..^"(Default)".Length].Trim(), true)
                : new ParameterSetSyntax(s.Heading.Text, false))
            .ToList();
        return sets.Count > 0 ? sets : [new ParameterSetSyntax("__AllParameterSets", true)];
    }

    private static IReadOnlyList<ParameterHelp> ReadParameters(IReadOnlyList<MarkdownBlock> blocks) =>
        MarkdownSections.Split(blocks, 3)
            .Where(s => s.Heading.Text != "CommonParameters")
            .Select(s =>
            {
                var name = s.Heading.Text.TrimStart('-');
                var usages = s.Blocks.OfType<CodeBlock>().Where(c => c.Language == "yaml").Select(c => ParameterUsageReader.Read(c.Code, name)).ToList();
                var description = MarkdownSections.Prose(s.Blocks.Where(b => b is not CodeBlock { Language: "yaml" }));
                if (usages.Count == 0 || description.Count == 0)
                {
                    throw new HelpFormatException($"-{name} needs a description and a ```yaml block.");
                }

                return new ParameterHelp(name, description, usages);
            })
            .ToList();

    private static IReadOnlyList<CommandExample> ReadExamples(IReadOnlyList<MarkdownBlock> blocks) =>
        MarkdownSections.Split(blocks, 3)
            .Select(s =>
            {
                var code = s.Blocks.OfType<CodeBlock>().FirstOrDefault()
                    ?? throw new HelpFormatException($"example '{s.Heading.Text}' has no code block.");
                var remarks = MarkdownSections.Prose(s.Blocks.Where(b => b != code));
                return new CommandExample(InlineText.ToPlain(s.Heading.Text), code.Code, remarks);
            })
            .ToList();

    private static IReadOnlyList<TypeHelp> ReadTypes(IReadOnlyList<MarkdownBlock> blocks) =>
        MarkdownSections.Split(blocks, 3)
            .Select(s => new TypeHelp(InlineText.ToPlain(s.Heading.Text), MarkdownSections.Prose(s.Blocks)))
            .ToList();

    private static IReadOnlyList<RelatedLink> ReadLinks(IReadOnlyList<MarkdownBlock> blocks) =>
        blocks.SelectMany(b => b switch
            {
                ListItem item => [item.Text],
                Paragraph paragraph => new[] { paragraph.Text },
                _ => [],
            })
            .SelectMany(text => System.Text.RegularExpressions.Regex.Matches(text, @"\[([^\]]+)\]\(([^)]*)\)"))
            .Select(m => new RelatedLink(m.Groups[1].Value, m.Groups[2].Value.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? "" : m.Groups[2].Value))
            .ToList();
}
