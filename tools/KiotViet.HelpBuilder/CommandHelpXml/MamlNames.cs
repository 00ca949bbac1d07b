using System.Xml.Linq;

namespace KiotViet.HelpBuilder.CommandHelpXml;

/// <summary>The XML namespaces of PowerShell's command help (MAML) schema.</summary>
internal static class MamlNames
{
    public static readonly XNamespace Msh = "http://msh";
    public static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
    public static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    public static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";

    public static XAttribute[] Declarations =>
    [
        new(XNamespace.Xmlns + "maml", Maml),
        new(XNamespace.Xmlns + "command", Command),
        new(XNamespace.Xmlns + "dev", Dev),
    ];
}
