namespace KiotViet.HelpBuilder.Markdown;

/// <summary>Blocks grouped under their headings of one level, e.g. the "## SYNOPSIS" parts of a help file.</summary>
public static class MarkdownSections
{
    public static IReadOnlyList<(Heading Heading, IReadOnlyList<MarkdownBlock> Blocks)> Split(IEnumerable<MarkdownBlock> blocks, int level)
    {
        var sections = new List<(Heading, IReadOnlyList<MarkdownBlock>)>();
        Heading? current = null;
        var content = new List<MarkdownBlock>();
        foreach (var block in blocks)
        {
            if (block is Heading heading && heading.Level == level)
            {
                if (current is not null)
                {
                    sections.Add((current, content));
                }

                current = heading;
                content = new List<MarkdownBlock>();
            }
            else if (current is not null)
            {
                content.Add(block);
            }
        }

        if (current is not null)
        {
            sections.Add((current, content));
        }

        return sections;
    }

    /// <summary>Paragraphs and list items as plain-text paragraphs; code inside prose is kept as indented lines.</summary>
    public static IReadOnlyList<string> Prose(IEnumerable<MarkdownBlock> blocks) => blocks.Select(block => block switch
    {
        Paragraph paragraph => InlineText.ToPlain(paragraph.Text),
        ListItem item => $"{(item.Marker is "-" or "*" ? "-" : item.Marker)} {InlineText.ToPlain(item.Text)}",
        CodeBlock code => string.Join("\n", code.Code.Split('\n').Select(line => "    " + line)),
        Heading heading => InlineText.ToPlain(heading.Text).ToUpperInvariant(),
        _ => throw new InvalidOperationException(block.GetType().Name),
    }).ToList();
}
