namespace KiotViet.HelpBuilder.Commands;

/// <summary>Reads the platyPS yaml block under a parameter ("Type: String", "Required: True", ...).</summary>
public static class ParameterUsageReader
{
    private static readonly string[] Keys =
    [
        "Type", "Parameter Sets", "Aliases", "Accepted values", "Required", "Position", "Default value",
        "Accept pipeline input", "Accept wildcard characters",
    ];

    public static ParameterUsage Read(string yaml, string parameter)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in yaml.Split('\n').Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            var colon = line.IndexOf(':');
            var key = colon < 0 ? "" : line[..colon].Trim();
            if (!Keys.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                throw new HelpFormatException($"-{parameter}: unknown line '{line.Trim()}' in the parameter block; expected one of: {string.Join(", ", Keys)}.");
            }

            values[key] = line[(colon + 1)..].Trim();
        }

        string Required(string key) => values.TryGetValue(key, out var value) && value.Length > 0
            ? value
            : throw new HelpFormatException($"-{parameter}: the parameter block needs '{key}:'.");

        return new ParameterUsage(
            Type: Required("Type"),
            ParameterSets: List(Required("Parameter Sets")),
            Aliases: List(values.GetValueOrDefault("Aliases", "")),
            AcceptedValues: List(values.GetValueOrDefault("Accepted values", "")),
            Required: Boolean(Required("Required"), parameter, "Required"),
            Position: Position(Required("Position"), parameter),
            DefaultValue: values.GetValueOrDefault("Default value", "None") is { Length: > 0 } value ? value : "None",
            PipelineInput: Required("Accept pipeline input"),
            AcceptsWildcards: Boolean(Required("Accept wildcard characters"), parameter, "Accept wildcard characters"));
    }

    private static IReadOnlyList<string> List(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool Boolean(string value, string parameter, string key) => value.ToLowerInvariant() switch
    {
        "true" => true,
        "false" => false,
        _ => throw new HelpFormatException($"-{parameter}: '{key}: {value}' must be True or False."),
    };

    private static string Position(string value, string parameter) =>
        value.Equals("Named", StringComparison.OrdinalIgnoreCase) || int.TryParse(value, out _)
            ? value
            : throw new HelpFormatException($"-{parameter}: 'Position: {value}' must be Named or a number.");
}
