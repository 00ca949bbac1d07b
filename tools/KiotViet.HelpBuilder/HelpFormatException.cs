namespace KiotViet.HelpBuilder;

/// <summary>A help file does not follow the layout; the message says where and what is expected.</summary>
public sealed class HelpFormatException(string message) : Exception(message);
