using System.Xml.Linq;
using Xunit;

namespace KiotViet.PowerShell.Tests;

public sealed class FormattingTests
{
    [Fact]
    public void Every_output_type_of_every_cmdlet_has_a_default_table_view()
    {
        using var session = new PowerShellSession();
        var outputTypes = session.Run("Get-Command -Module KiotViet | ForEach-Object { $_.OutputType.Name }").ShouldSucceed()
            .Output.Select(o => o.ToString()).Where(n => n.StartsWith("KiotViet.", StringComparison.Ordinal)).Distinct().ToList();
        var formatFile = XDocument.Load(Path.Combine(PowerShellSession.ModuleFolder, "KiotViet.format.ps1xml"));
        var tableViews = formatFile.Descendants("View")
            .Where(v => v.Element("TableControl") is not null)
            .Select(v => v.Element("ViewSelectedBy")!.Element("TypeName")!.Value)
            .ToHashSet();

        Assert.NotEmpty(outputTypes);
        Assert.DoesNotContain(outputTypes, t => !tableViews.Contains(t));
    }

    [Fact]
    public void The_format_file_is_loaded_with_the_module()
    {
        using var session = new PowerShellSession();

        var formats = session.Run("(Get-Module KiotViet).ExportedFormatFiles").ShouldSucceed().Output.Select(o => Path.GetFileName(o.ToString()));

        Assert.Contains("KiotViet.format.ps1xml", formats);
    }
}
