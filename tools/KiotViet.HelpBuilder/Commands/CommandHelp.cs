namespace KiotViet.HelpBuilder.Commands;

/// <summary>Everything one cmdlet's markdown help says, in plain text.</summary>
public sealed record CommandHelp(
    string Name,
    string Synopsis,
    IReadOnlyList<string> Description,
    IReadOnlyList<ParameterSetSyntax> ParameterSets,
    IReadOnlyList<ParameterHelp> Parameters,
    IReadOnlyList<CommandExample> Examples,
    IReadOnlyList<TypeHelp> Inputs,
    IReadOnlyList<TypeHelp> Outputs,
    IReadOnlyList<string> Notes,
    IReadOnlyList<RelatedLink> RelatedLinks)
{
    public string Verb => Name.Split('-', 2)[0];

    public string Noun => Name.Split('-', 2)[1];
}

/// <summary>A "### SetName" entry under SYNTAX.</summary>
public sealed record ParameterSetSyntax(string Name, bool IsDefault);

public sealed record CommandExample(string Title, string Code, IReadOnlyList<string> Remarks);

/// <summary>An input or output type and what it means for this cmdlet.</summary>
public sealed record TypeHelp(string TypeName, IReadOnlyList<string> Description);

/// <summary>A related link; Uri is empty for another cmdlet of the module.</summary>
public sealed record RelatedLink(string Text, string Uri);
