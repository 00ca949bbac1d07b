using System.Text.RegularExpressions;

namespace KiotViet.HelpBuilder.Markdown;

/// <summary>Markdown inline markup turned into the plain text a console shows.</summary>
public static partial class InlineText
{
    /// <summary>`code` and **bold** lose their marks; [text](url) keeps the text, and the address unless it is a sibling .md file.</summary>
    public static string ToPlain(string markdown)
    {
        var text = LinkPattern().Replace(markdown, m =>
            m.Groups[2].Value.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || m.Groups[1].Value == m.Groups[2].Value
                ? m.Groups[1].Value
                : $"{m.Groups[1].Value} ({m.Groups[2].Value})");
        text = EmphasisPattern().Replace(text, "$2");
        text = text.Replace("`", "", StringComparison.Ordinal);
        return EscapePattern().Replace(text, "$1");
    }

    [GeneratedRegex(@"\[([^\]]+)\]\(([^)]*)\)")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+.!<>|-])")]
    private static partial Regex EscapePattern();

    [GeneratedRegex(@"(\*\*|__)(.+?)\1")]
    private static partial Regex EmphasisPattern();
}
