using System.Management.Automation;
using System.Text.RegularExpressions;
using Xunit;

namespace KiotViet.PowerShell.Tests;

/// <summary>
/// The help a user gets from the staged module: Get-Help finds the generated MAML for every exported cmdlet, it
/// describes the parameters the cmdlet really has with their real binding rules, and about_KiotViet is there.
/// </summary>
public sealed class HelpTests : IClassFixture<HelpTests.ModuleSession>
{
    private static readonly string DocsFolder = Path.Combine(PowerShellSession.RepoRoot, "docs", "en-US");

    private readonly PowerShellSession session;

    public HelpTests(ModuleSession fixture) => session = fixture.Session;

    public static TheoryData<string> ExportedCmdlets => new(ManifestCmdlets());

    [Fact]
    public void Every_exported_cmdlet_has_a_markdown_help_file_and_every_help_file_an_exported_cmdlet()
    {
        var exported = ManifestCmdlets().Order(StringComparer.Ordinal).ToList();
        var documented = Directory.EnumerateFiles(DocsFolder, "*-*.md").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList();

        Assert.Empty(exported.Except(documented));
        Assert.Empty(documented.Except(exported));
    }

    [Theory]
    [MemberData(nameof(ExportedCmdlets))]
    public void Get_Help_Full_has_synopsis_description_and_at_least_two_examples_that_use_the_cmdlet(string cmdlet)
    {
        var help = FullHelp(cmdlet);

        var synopsis = (string)Property(help, "Synopsis")!;
        Assert.False(string.IsNullOrWhiteSpace(synopsis));
        Assert.DoesNotContain("[<CommonParameters>]", synopsis); // what Get-Help shows when it found no help file
        Assert.False(string.IsNullOrWhiteSpace(Text(Property(help, "description"))));

        var examples = Items(Property(Property(help, "examples"), "example")).ToList();
        Assert.True(examples.Count >= 2, $"{cmdlet} has {examples.Count} example(s).");
        Assert.All(examples, example => Assert.Contains(cmdlet, (string)Property(example, "code")!, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [MemberData(nameof(ExportedCmdlets))]
    public void Get_Help_Full_describes_every_parameter_the_cmdlet_has_with_its_type_and_aliases(string cmdlet)
    {
        var command = Command(cmdlet);
        var documented = Items(Property(Property(FullHelp(cmdlet), "parameters"), "parameter"))
            .ToDictionary(p => (string)Property(p, "name")!, StringComparer.OrdinalIgnoreCase);

        Assert.Equal(RealParameters(command).Order(StringComparer.OrdinalIgnoreCase), documented.Keys.Order(StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);
        foreach (var (name, parameter) in documented)
        {
            var metadata = command.Parameters[name];
            Assert.False(string.IsNullOrWhiteSpace(Text(Property(parameter, "description"))), $"-{name} has no description.");
            Assert.Equal(TypeName(metadata.ParameterType), (string)Property(Property(parameter, "type"), "name")!);
            Assert.Equal(metadata.Aliases.Order(), AliasList(parameter).Order());
        }
    }

    [Theory]
    [MemberData(nameof(ExportedCmdlets))]
    public void Get_Help_syntax_has_each_parameter_set_with_the_real_mandatory_position_and_pipeline_rules(string cmdlet)
    {
        var command = Command(cmdlet);
        var syntaxItems = Items(Property(Property(FullHelp(cmdlet), "syntax"), "syntaxItem"))
            .Select(item => Items(Property(item, "parameter")).ToDictionary(p => (string)Property(p, "name")!, StringComparer.OrdinalIgnoreCase))
            .ToList();

        Assert.Equal(command.ParameterSets.Count, syntaxItems.Count);
        foreach (var set in command.ParameterSets)
        {
            var real = set.Parameters.Where(p => IsDocumented(p.Name)).ToList();
            var item = syntaxItems.SingleOrDefault(i => i.Keys.Order(StringComparer.OrdinalIgnoreCase).SequenceEqual(real.Select(p => p.Name).Order(StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase));
            Assert.True(item is not null, $"No syntax line of {cmdlet} lists exactly the parameters of set '{set.Name}': {string.Join(", ", real.Select(p => p.Name))}.");
            foreach (var parameter in real)
            {
                var help = item![parameter.Name];
                var context = $"{cmdlet} -{parameter.Name} in set '{set.Name}'";
                Assert.True(parameter.IsMandatory == bool.Parse((string)Property(help, "required")!), $"{context}: required");
                Assert.True((parameter.Position < 0 ? "named" : parameter.Position.ToString()) == ((string)Property(help, "position")!).ToLowerInvariant(), $"{context}: position");
                Assert.True(PipelineInput(parameter) == (string)Property(help, "pipelineInput")!, $"{context}: pipeline input is {PipelineInput(parameter)}");
            }
        }
    }

    [Fact]
    public void Get_Help_about_KiotViet_shows_the_getting_started_topic()
    {
        var text = string.Join("\n", session.Run("Get-Help about_KiotViet").ShouldSucceed().Output.Select(o => o.ToString()));

        Assert.Contains("about_KiotViet", text);
        Assert.Contains("Connect-KiotViet", text);
        Assert.Contains("KIOTVIET_CLIENT_SECRET", text);
        Assert.Contains("KiotVietNotConnected", text);
        Assert.Contains("utf8BOM", text);
    }

    private PSObject FullHelp(string cmdlet) =>
        session.Run($"Get-Help {cmdlet} -Full").ShouldSucceed().Output.Single();

    private CmdletInfo Command(string cmdlet) =>
        (CmdletInfo)session.Run($"Get-Command {cmdlet} -Module KiotViet").ShouldSucceed().Output.Single().BaseObject;

    private static IEnumerable<string> RealParameters(CmdletInfo command) => command.Parameters.Keys.Where(IsDocumented);

    /// <summary>Everything but the common parameters PowerShell documents itself; -WhatIf and -Confirm are the cmdlet's.</summary>
    private static bool IsDocumented(string parameter) =>
        !Cmdlet.CommonParameters.Contains(parameter) && parameter != "UseTransaction";

    private static string PipelineInput(CommandParameterInfo parameter) => (parameter.ValueFromPipeline, parameter.ValueFromPipelineByPropertyName) switch
    {
        (true, true) => "True (ByPropertyName, ByValue)",
        (true, false) => "True (ByValue)",
        (false, true) => "True (ByPropertyName)",
        _ => "False",
    };

    private static string TypeName(Type type)
    {
        var core = Nullable.GetUnderlyingType(type) ?? type;
        return core.IsArray ? core.GetElementType()!.Name + "[]" : core.Name;
    }

    private static IEnumerable<string> AliasList(PSObject parameter) =>
        ((string?)Property(parameter, "aliases") ?? "none") is var aliases && aliases == "none"
            ? []
            : aliases.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static object? Property(object? value, string name) =>
        value is null ? null : PSObject.AsPSObject(value).Properties[name]?.Value is var found && found is PSObject { BaseObject: string text } ? text : found;

    private static IEnumerable<PSObject> Items(object? value) => value switch
    {
        null => [],
        PSObject { BaseObject: object[] array } => array.Select(PSObject.AsPSObject),
        object[] array => array.Select(PSObject.AsPSObject),
        _ => [PSObject.AsPSObject(value)],
    };

    /// <summary>The text of a help description: an array of objects with a Text property.</summary>
    private static string Text(object? description) =>
        string.Join("\n", Items(description).Select(p => (string?)Property(p, "Text") ?? ""));

    private static IEnumerable<string> ManifestCmdlets()
    {
        var manifest = File.ReadAllText(Path.Combine(PowerShellSession.RepoRoot, "KiotViet.psd1"));
        var exports = Regex.Match(manifest, @"CmdletsToExport\s*=\s*@\((?<list>[^)]*)\)").Groups["list"].Value;
        return Regex.Matches(exports, @"'([^']+)'").Select(m => m.Groups[1].Value);
    }

    /// <summary>One imported module for all help tests: Get-Help only reads files, so the tests cannot disturb each other.</summary>
    public sealed class ModuleSession : IDisposable
    {
        public PowerShellSession Session { get; } = new();

        public void Dispose() => Session.Dispose();
    }
}
