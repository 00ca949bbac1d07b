using System.Text;
using KiotViet.HelpBuilder.Markdown;

namespace KiotViet.HelpBuilder.About;

/// <summary>
/// Turns an about_*.md topic into the plain-text about_*.help.txt that Get-Help shows: "# about_X" becomes TOPIC,
/// "##" headings are upper-case section titles, "###" headings are indented titles, text is wrapped and indented,
/// code is kept verbatim and indented further.
/// </summary>
public static class AboutTopicWriter
{
    private const int Width = 80;
    private const string TextIndent = "    ";
    private const string CodeIndent = "        ";

    public static string Write(string markdown)
    {
        var blocks = MarkdownParser.Parse(markdown);
        var title = blocks.OfType<Heading>().FirstOrDefault(h => h.Level == 1)
            ?? throw new HelpFormatException("the about topic needs a '# about_Name' title.");
        var text = new StringBuilder();
        text.Append("TOPIC\n").Append(TextIndent).Append(title.Text).Append('\n');
        MarkdownBlock? previous = null;
        foreach (var block in blocks.Where(b => b != title))
        {
            // List items stay on consecutive lines, and a section's text starts right under its title.
            if (!(previous is ListItem && block is ListItem) && previous is not Heading { Level: 2 })
            {
                text.Append('\n');
            }

            previous = block;
            switch (block)
            {
                case Heading { Level: 2 } heading:
                    text.Append(InlineText.ToPlain(heading.Text).ToUpperInvariant()).Append('\n');
                    break;
                case Heading heading:
                    text.Append(TextIndent).Append(InlineText.ToPlain(heading.Text)).Append('\n');
                    text.Append(TextIndent).Append(new string('-', InlineText.ToPlain(heading.Text).Length)).Append('\n');
                    break;
                case Paragraph paragraph:
                    AppendWrapped(text, InlineText.ToPlain(paragraph.Text), TextIndent, TextIndent);
                    break;
                case ListItem item:
                    var marker = item.Marker is "-" or "*" ? "-" : item.Marker;
                    AppendWrapped(text, InlineText.ToPlain(item.Text), TextIndent + marker + " ", TextIndent + new string(' ', marker.Length + 1));
                    break;
                case CodeBlock code:
                    foreach (var line in code.Code.Split('\n'))
                    {
                        text.Append(line.Length == 0 ? "" : CodeIndent + line).Append('\n');
                    }

                    break;
            }
        }

        return text.ToString();
    }

    private static void AppendWrapped(StringBuilder text, string content, string firstIndent, string nextIndent)
    {
        var line = new StringBuilder(firstIndent);
        var lineHasWord = false;
        foreach (var word in content.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (lineHasWord && line.Length + 1 + word.Length > Width)
            {
                text.Append(line).Append('\n');
                line.Clear().Append(nextIndent);
                lineHasWord = false;
            }

            line.Append(lineHasWord ? " " : "").Append(word);
            lineHasWord = true;
        }

        text.Append(line).Append('\n');
    }
}
