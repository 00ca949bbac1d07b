namespace KiotViet.HelpBuilder.Commands;

/// <summary>One "### -Name" entry under PARAMETERS.</summary>
public sealed record ParameterHelp(string Name, IReadOnlyList<string> Description, IReadOnlyList<ParameterUsage> Usages)
{
    public const string AllParameterSets = "(All)";

    /// <summary>How the parameter behaves in a set, or null when it is not part of that set.</summary>
    public ParameterUsage? UsageIn(string parameterSet) =>
        Usages.FirstOrDefault(u => u.ParameterSets.Contains(parameterSet, StringComparer.OrdinalIgnoreCase))
        ?? Usages.FirstOrDefault(u => u.ParameterSets.Contains(AllParameterSets));
}

/// <summary>
/// One yaml block of a parameter. A parameter that is mandatory or positional in some sets only has one block
/// per distinct behaviour, as platyPS writes it.
/// </summary>
public sealed record ParameterUsage(
    string Type,
    IReadOnlyList<string> ParameterSets,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> AcceptedValues,
    bool Required,
    string Position,
    string DefaultValue,
    string PipelineInput,
    bool AcceptsWildcards)
{
    public bool IsSwitch => Type == "SwitchParameter";

    public bool IsArray => Type.EndsWith("[]", StringComparison.Ordinal);

    public bool IsNamed => Position.Equals("Named", StringComparison.OrdinalIgnoreCase);
}
