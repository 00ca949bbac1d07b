using System.Xml.Linq;
using KiotViet.HelpBuilder.Commands;
using static KiotViet.HelpBuilder.CommandHelpXml.MamlNames;

namespace KiotViet.HelpBuilder.CommandHelpXml;

/// <summary>Writes cmdlet help as the MAML document Get-Help reads from &lt;Assembly&gt;.dll-Help.xml.</summary>
public static class MamlWriter
{
    public static XDocument Write(IEnumerable<CommandHelp> commands) => new(
        new XDeclaration("1.0", "utf-8", null),
        new XElement(Msh + "helpItems", new XAttribute("schema", "maml"), commands.Select(CommandElement)));

    private static XElement CommandElement(CommandHelp help) => new(
        Command + "command",
        Declarations,
        new XElement(Command + "details",
            new XElement(Command + "name", help.Name),
            new XElement(Command + "verb", help.Verb),
            new XElement(Command + "noun", help.Noun),
            Description(help.Synopsis)),
        Description(help.Description),
        new XElement(Command + "syntax", help.ParameterSets.Select(set => SyntaxItem(help, set))),
        new XElement(Command + "parameters", help.Parameters.Select(p => ParameterElement(p, p.Usages[0], inSyntax: false))),
        new XElement(Command + "inputTypes", help.Inputs.Select(t => TypeElement(Command + "inputType", t))),
        new XElement(Command + "returnValues", help.Outputs.Select(t => TypeElement(Command + "returnValue", t))),
        new XElement(Maml + "alertSet", new XElement(Maml + "alert", Paragraphs(help.Notes))),
        new XElement(Command + "examples", help.Examples.Select(ExampleElement)),
        new XElement(Command + "relatedLinks", help.RelatedLinks.Select(LinkElement)));

    /// <summary>One syntax line per parameter set: positional parameters first, then mandatory ones, then the rest.</summary>
    private static XElement SyntaxItem(CommandHelp help, ParameterSetSyntax set)
    {
        var parameters = help.Parameters
            .Select(p => (Parameter: p, Usage: p.UsageIn(set.Name)))
            .Where(p => p.Usage is not null)
            .OrderBy(p => p.Usage!.IsNamed ? int.MaxValue : int.Parse(p.Usage.Position))
            .ThenBy(p => p.Usage!.Required ? 0 : 1);
        return new XElement(Command + "syntaxItem",
            new XElement(Maml + "name", help.Name),
            parameters.Select(p => ParameterElement(p.Parameter, p.Usage!, inSyntax: true)));
    }

    private static XElement ParameterElement(ParameterHelp parameter, ParameterUsage usage, bool inSyntax) => new(
        Command + "parameter",
        new XAttribute("required", usage.Required ? "true" : "false"),
        new XAttribute("variableLength", usage.IsArray ? "true" : "false"),
        new XAttribute("globbing", usage.AcceptsWildcards ? "true" : "false"),
        new XAttribute("pipelineInput", usage.PipelineInput),
        new XAttribute("position", usage.IsNamed ? "named" : usage.Position),
        new XAttribute("aliases", usage.Aliases.Count == 0 ? "none" : string.Join(", ", usage.Aliases)),
        new XElement(Maml + "name", parameter.Name),
        Description(parameter.Description),
        inSyntax && usage.AcceptedValues.Count > 0
            ? new XElement(Command + "parameterValueGroup", usage.AcceptedValues.Select(v => ParameterValue(v, usage)))
            : null,
        inSyntax && usage.IsSwitch ? null : ParameterValue(usage.Type, usage),
        new XElement(Dev + "type", new XElement(Maml + "name", usage.Type), new XElement(Maml + "uri")),
        new XElement(Dev + "defaultValue", usage.DefaultValue));

    private static XElement ParameterValue(string value, ParameterUsage usage) => new(
        Command + "parameterValue",
        new XAttribute("required", usage.IsSwitch ? "false" : "true"),
        new XAttribute("variableLength", usage.IsArray ? "true" : "false"),
        value);

    private static XElement TypeElement(XName name, TypeHelp type) => new(
        name,
        new XElement(Dev + "type", new XElement(Maml + "name", type.TypeName)),
        Description(type.Description));

    private static XElement ExampleElement(CommandExample example) => new(
        Command + "example",
        new XElement(Maml + "title", $"--------- {example.Title} ---------"),
        new XElement(Dev + "code", example.Code),
        new XElement(Dev + "remarks", Paragraphs(example.Remarks)));

    private static XElement LinkElement(RelatedLink link) => new(
        Maml + "navigationLink",
        new XElement(Maml + "linkText", link.Text),
        new XElement(Maml + "uri", link.Uri));

    private static XElement Description(string text) => Description([text]);

    private static XElement Description(IEnumerable<string> paragraphs) => new(Maml + "description", Paragraphs(paragraphs));

    private static IEnumerable<XElement> Paragraphs(IEnumerable<string> paragraphs) =>
        paragraphs.Select(p => new XElement(Maml + "para", p));
}
