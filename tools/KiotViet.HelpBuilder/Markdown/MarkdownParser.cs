using System.Text.RegularExpressions;

namespace KiotViet.HelpBuilder.Markdown;

/// <summary>
/// Splits markdown into headings, paragraphs, list items and fenced code. YAML front matter is skipped.
/// Just enough markdown for platyPS-style help; anything else is kept as paragraph text.
/// </summary>
public static partial class MarkdownParser
{
    public static IReadOnlyList<MarkdownBlock> Parse(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var blocks = new List<MarkdownBlock>();
        var index = SkipFrontMatter(lines);
        while (index < lines.Length)
        {
            var line = lines[index];
            if (string.IsNullOrWhiteSpace(line))
            {
                index++;
            }
            else if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                index = ReadCode(lines, index, blocks);
            }
            else if (HeadingPattern().Match(line) is { Success: true } heading)
            {
                blocks.Add(new Heading(index + 1, heading.Groups[1].Length, heading.Groups[2].Value.Trim()));
                index++;
            }
            else if (ListMarkerPattern().Match(line) is { Success: true } item)
            {
                index = ReadListItem(lines, index, item, blocks);
            }
            else
            {
                index = ReadParagraph(lines, index, blocks);
            }
        }

        return blocks;
    }

    private static int SkipFrontMatter(string[] lines)
    {
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            return 0;
        }

        var end = Array.FindIndex(lines, 1, l => l.Trim() == "---");
        return end < 0 ? 0 : end + 1;
    }

    private static int ReadCode(string[] lines, int start, List<MarkdownBlock> blocks)
    {
        var fence = lines[start].TrimStart();
        var language = fence.TrimStart('`').Trim();
        var end = start + 1;
        while (end < lines.Length && !lines[end].TrimStart().StartsWith("```", StringComparison.Ordinal))
        {
            end++;
        }

        if (end == lines.Length)
        {
            throw new HelpFormatException($"line {start + 1}: the code block is never closed with ```.");
        }

        blocks.Add(new CodeBlock(start + 1, language, string.Join("\n", lines[(start + 1)..end])));
        return end + 1;
    }

    private static int ReadListItem(string[] lines, int start, Match item, List<MarkdownBlock> blocks)
    {
        var text = new List<string> { item.Groups[2].Value.Trim() };
        var next = start + 1;
        while (next < lines.Length && lines[next].StartsWith("  ", StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(lines[next]))
        {
            text.Add(lines[next].Trim());
            next++;
        }

        blocks.Add(new ListItem(start + 1, item.Groups[1].Value, string.Join(" ", text)));
        return next;
    }

    private static int ReadParagraph(string[] lines, int start, List<MarkdownBlock> blocks)
    {
        var text = new List<string>();
        var next = start;
        while (next < lines.Length && !string.IsNullOrWhiteSpace(lines[next])
            && !HeadingPattern().IsMatch(lines[next]) && !ListMarkerPattern().IsMatch(lines[next])
            && !lines[next].TrimStart().StartsWith("```", StringComparison.Ordinal))
        {
            text.Add(lines[next].Trim());
            next++;
        }

        blocks.Add(new Paragraph(start + 1, string.Join(" ", text)));
        return next;
    }

    [GeneratedRegex(@"^(#{1,6})\s+(.+)$")]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"^([-*]|\d+\.)\s+(.*)$")]
    private static partial Regex ListMarkerPattern();
}
