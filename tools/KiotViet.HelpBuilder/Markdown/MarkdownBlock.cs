namespace KiotViet.HelpBuilder.Markdown;

/// <summary>One block of a markdown file: the only kinds the help layout uses.</summary>
public abstract record MarkdownBlock(int Line);

public sealed record Heading(int Line, int Level, string Text) : MarkdownBlock(Line);

/// <summary>Consecutive text lines, joined with single spaces.</summary>
public sealed record Paragraph(int Line, string Text) : MarkdownBlock(Line);

/// <summary>A "- " or "1. " list item with its continuation lines.</summary>
public sealed record ListItem(int Line, string Marker, string Text) : MarkdownBlock(Line);

/// <summary>A fenced code block; Language is the info string after the opening fence.</summary>
public sealed record CodeBlock(int Line, string Language, string Code) : MarkdownBlock(Line);
